"""Round 44 (tests numbered after round 43's `test_parsing_round44.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_bold_section_heading_in_plain_text_is_nobodys_answer() -> None:
    # A plain-text file keeps Markdown's stars: "**Costs and loans**" between the turns
    # titles the next part, it does not go on with the answer before it.
    article = parse(
        "Orchards under pressure\n\n"
        "By Imogen Vartley\n\n"
        "**ORV:** How was the blossom?\n\n"
        "**Caspar Hellend:** Late, but plentiful. We counted twice.\n\n"
        "**Costs and loans**\n\n"
        "**ORV:** Can you still borrow?\n\n"
        "**Hellend:** Barely. The bank wants more land as security.\n"
    )
    assert [t.speaker for t in article.turns if "Costs and loans" in t.text] == [None]
    assert speakers(article, "answer") == ["Caspar Hellend", "Caspar Hellend"]


def test_an_answer_closing_on_its_own_question_does_not_swap_the_roles() -> None:
    # No labels at all: a second paragraph of an answer that ends asking itself something
    # ("... who would come out for that?") is not the next question; the short question after it is.
    article = parse(
        "A word with our new choir leader\n\n"
        "Ottilie Branscombe leads the Harrowgate Singers from this autumn. We asked her about "
        "her plans.\n\n"
        "How did you get the job?\n\n"
        "By accident. I stood in for a rehearsal and never left.\n\n"
        "What will change?\n\n"
        "More rehearsals, fewer speeches. I want everyone to sing from the first evening.\n\n"
        "We meet on Mondays in a cold hall. Who would come out for that without a laugh?\n\n"
        "What is the first concert?\n\n"
        "Carols in the market square, in December.\n"
    )
    asked = [t.text for t in article.turns if t.kind == "question"]
    assert asked == ["How did you get the job?", "What will change?", "What is the first concert?"]
    assert speakers(article, "answer") == ["Ottilie Branscombe"] * 3


def test_one_question_put_to_a_person_after_their_role_goes_to_that_person() -> None:
    # A report that quotes someone else first, then "We put a single question to ROLE NAME:"
    # (a given name on no list): the answer is the one it was put to, not the one quoted.
    article = parse(
        "Ferry timetable cut\n\n"
        "By Lorcan Mbeki\n\n"
        "The island ferry will sail twice a day instead of four times from May.\n\n"
        'Ambrose Kettleworth, operations director of the ferry company, said: "We cannot '
        'crew four crossings."\n\n'
        "We put a single question to harbour councillor Briony Drennan:\n\n"
        "**What will the cut mean for the island?**\n\n"
        "Fewer visitors and longer days for anyone who works on the mainland.\n"
    )
    assert speakers(article, "answer") == ["Briony Drennan"]


def test_a_questionnaire_answered_by_the_person_its_credit_line_names() -> None:
    # "As told by NAME, role, town" under the headline: the one answering the printed
    # questions, who has no label and whom the lead does not name.
    article = parse(
        'The Questionnaire: "Nothing is ever really lost"\n\n'
        "Our monthly questionnaire, this time for someone who finds things for a living.\n\n"
        "As told by Marigold Fenwright-Oyelaran, locksmith, Carlisle\n\n"
        "WHAT DOES YOUR WORKING WEEK LOOK LIKE?\n\n"
        "I open doors people have locked themselves out of. Mostly sheds.\n\n"
        "WHAT IS THE HARDEST LOCK?\n\n"
        "An old one somebody has oiled with cooking fat. I need an hour.\n"
    )
    assert speakers(article, "answer") == ["Marigold Fenwright-Oyelaran"] * 2


def test_a_german_questionnaire_filled_in_by_the_person_its_credit_line_names() -> None:
    article = parse(
        "Der Fragebogen: „Ich höre jedem Ofen zu“\n\n"
        "Unser Fragebogen, diesmal für eine Handwerkerin vom Land.\n\n"
        "Ausgefüllt von Reinhild Quabeck, 58, Ofensetzerin aus Uelzen\n\n"
        "Wovon haben Sie als Kind geträumt?\n\n"
        "Tierärztin. Dann habe ich gemerkt, dass ich lieber mit Lehm arbeite.\n\n"
        "Ihre schlimmste Panne?\n\n"
        "Ein Kachelofen, der nie gezogen hat. Ich habe ihn zweimal neu gesetzt.\n"
    )
    assert speakers(article, "answer") == ["Reinhild Quabeck"] * 2


def test_anonymous_readers_letters_open_each_exchange_of_an_advice_column() -> None:
    # "A reader in PLACE writes:" opens a letter that need not end asking; the columnist
    # the teaser names answers each, from the first letter on.
    article = parse(
        "GARDEN POST\n\n"
        "Why are my leeks so thin?\n\n"
        "Veteran grower Ambrose Pellingham, who has tended one plot for decades, answers "
        "your questions.\n\n"
        "**A reader in Harrogate writes:** My leeks never get thicker than a pencil. I water "
        "them every day.\n\n"
        "Too much water and too little food, I expect. Feed them in July.\n\n"
        "**A reader in Dundee asks:** Can I grow asparagus in a pot? I only have a balcony.\n\n"
        "You can, but be patient. The third year is the first harvest.\n"
    )
    assert speakers(article, "question") == [None, None]
    assert speakers(article, "answer") == ["Ambrose Pellingham"] * 2


def test_a_reports_qa_section_is_answered_by_the_titled_person_its_heading_introduces() -> None:
    # A report quotes a patient, then a section heading and one paragraph opening with
    # "Professor NAME" (a given name on no list) over bold unlabelled questions.
    article = parse(
        "Why your hands go numb at night\n\n"
        "By Rosalind Achebe-Moor, Health Correspondent\n\n"
        'Harold Pennick had put up with tingling fingers for years. "I thought it was the '
        'cold," he says.\n\n'
        "A nerve test showed otherwise, and a splint at night helped within weeks.\n\n"
        "Ask the specialist\n\n"
        "Professor Adaeze Okonkwo-Brandt leads the hand surgery unit at a teaching hospital.\n\n"
        "**Is surgery always needed?**\n\n"
        "No. Most people do well with a splint and some patience.\n\n"
        "**When should people see a doctor?**\n\n"
        "When the numbness lasts into the day or the grip weakens.\n"
    )
    assert speakers(article, "answer") == ["Adaeze Okonkwo-Brandt"] * 2


def test_a_stations_jingle_under_its_own_label_is_no_ones_turn() -> None:
    # "[00:00:00] JINGLE: ..." opens and closes the transcript: the station's furniture,
    # set aside as a page's furniture is, never a turn that a speaker could be given.
    article = parse(
        "RADIO HEIDEFUNK – „Mittagsgast“ vom 3.5.2026\n\n"
        "Moderation: Gesa Wendholt\n"
        "Gast: Anselm Quernheim, Imker, Soltau\n\n"
        "[00:00:00] JINGLE: Radio Heidefunk – Ihr Mittag in der Heide.\n\n"
        "[00:00:07] MODERATION: Herr Quernheim, wie geht es den Bienen?\n\n"
        "[00:00:12] GAST: Gut, danke. Der Raps blüht früh.\n\n"
        "[00:00:20] MODERATION: Und der Honig?\n\n"
        "[00:00:23] GAST: Kommt im Juni.\n\n"
        "[00:00:30] JINGLE: Radio Heidefunk.\n"
    )
    assert not [t for t in article.turns if "Heidefunk" in t.text]
    assert speakers(article, "answer") == ["Anselm Quernheim", "Anselm Quernheim"]


def test_an_email_answers_farewell_signed_with_a_possessive_closes_the_answer() -> None:
    # "Mit herzlichen Grüßen aus …" over "Ihr NAME": the answerer signs the last answer by
    # e-mail; the farewell is theirs, not a line of the page.
    article = parse(
        "„Honig ist Geduld“\n\n"
        "Ortwin Haselbeck-Prahm imkert seit 30 Jahren am Stadtrand.\n\n"
        "Die Fragen stellte Wiebke Anderlohr per E-Mail.\n\n"
        "Frage: Herr Haselbeck-Prahm, wie viele Völker haben Sie?\n\n"
        "Antwort: Zwölf, im Winter manchmal elf.\n\n"
        "Frage: Und was wünschen Sie sich?\n\n"
        "Antwort: Mehr Linden in der Stadt.\n\n"
        "Mit herzlichen Grüßen vom Bienenstand\n"
        "Ihr Ortwin Haselbeck-Prahm\n"
    )
    farewell = [t.speaker for t in article.turns if "Bienenstand" in t.text]
    assert farewell == ["Ortwin Haselbeck-Prahm"]

"""What surrounds an interview on a page: web furniture (registration walls, newsletter
pitches, credits, breadcrumbs, menus, publisher lines, date and reading-time lines) and dates.

Example:
    >>> parse_date("12. März 2025"), is_boilerplate("Jetzt kostenlos registrieren")
    ('2025-03-12', True)
"""

from __future__ import annotations

import datetime
import functools
import re

from assistant.ingest.labels import TIMESTAMP
from assistant.ingest.names import LOWER

# The head of a press contact's lines: "Media contact: NAME", "Pressekontakt:".
_CONTACT = (
    r"^\W*(?:(?:media|press)\s+(?:contacts?|inquiries|enquiries)|(?:presse|medien)kontakt\w*"
    r"|kontakt für (?:die )?medien)\s*:"
)
CONTACT = re.compile(_CONTACT, re.IGNORECASE)
# A sponsor's read: "Diese Folge wird unterstützt von X", "This episode of SHOW is brought
# to you by X" (the show's name may come between).
SPONSOR_READ = (
    r"\b(?:diese folge|dieser podcast|diese sendung|diese ausgabe|dieser newsletter"
    r"|(?:this|today['’]s) (?:episode|show|podcast|issue|newsletter|edition))"
    r"(?:\s+(?:of|von)\s+[^.!?,;:]{1,40}?)?"
    r"\s+(?:wird|is)\s+(?:unterstützt|gesponsert|präsentiert|sponsored|supported"
    r"|brought to you)\s+(?:von|by)\b"
)
_SPONSOR_READ = re.compile(SPONSOR_READ, re.IGNORECASE)


def is_sponsor_read(text: str) -> bool:
    """Whether a speaker's words are a sponsor's read, which is the show's, not theirs.

    Example:
        >>> is_sponsor_read("Quick break. This episode of Moss Talk is brought to you by Fernly.")
        True
        >>> is_sponsor_read("This episode of my life is hard to talk about.")
        False
    """
    return _SPONSOR_READ.search(text) is not None


# A host handing over to the programme's other segments (the weather, the traffic, a
# break): "Now to NAME with a look at the weather", "First, the weather", "Wir machen
# kurz Pause für den Verkehr" ("We'll be right back" closes a host's thanks, a turn).
_SEGMENT_BREAK = re.compile(
    r"\b(?:(?:now|over|back) to \w+ (?:with|for) (?:a look at )?(?:the )?(?:\w+ )?"
    r"(?:weather|traffic|news|sport|travel)|first,? the (?:weather|news|traffic|travel)"
    r"|pause für (?:den verkehr|die nachrichten|das wetter|werbung))\b",
    re.IGNORECASE,
)


def is_segment_break(text: str) -> bool:
    """Whether a host's words hand over to another segment of the programme (the weather,
    the traffic, a break): the programme's running order, no question of the interview.

    Example:
        >>> is_segment_break("Now to Priya with a look at the weekend weather.")
        True
        >>> is_segment_break("What does the weather do to the cables?")
        False
    """
    return len(text.split()) <= 80 and _SEGMENT_BREAK.search(text) is not None


# A broadcast's on-screen text, named by what it is: "CAPTION: NAME, role", "STRAP:
# BREAKING …", "EINBLENDUNG: NAME, Landwirt", "Bauchbinde: …": shown, never said.
ON_SCREEN = r"^(?:caption|strap|strapline|lower third|einblendung|bauchbinde)\s*:"
_ON_SCREEN = re.compile(ON_SCREEN, re.IGNORECASE)


def on_screen(text: str) -> bool:
    """Whether a line is a broadcast's on-screen text: boilerplate, but nothing a heading
    above it introduces (the line over it is the transcript's own).

    Example:
        >>> on_screen("CAPTION: Eva Roth, baker"), on_screen("Caption this!")
        (True, False)
    """
    return _ON_SCREEN.match(text) is not None


# The line a reply sets over the mail it quotes: "-----Original Message-----",
# "-----Ursprüngliche Nachricht-----"; what follows is the earlier mail, its own header too.
QUOTED_ORIGINAL = re.compile(
    r"-{3,}\s*(?i:original\s+message|ursprüngliche\s+nachricht|forwarded\s+message"
    r"|weitergeleitete\s+nachricht)\s*-{3,}"
)

# A broadcast manuscript's cue for what is played, not said, under a label of its own: a
# station's jingle or ident ("JINGLE: Radio X – am Abend"), and in a script's capitals the
# music or the sound under the words ("MUSIK: Titel, Orchester, 3'10", "SFX: door").
SOUND_CUE = (
    r"(?:(?i:jingle|station\s+id(?:ent)?|sendungsjingle|stationsjingle)|MUSIK|MUSIC|ATMO|SFX)"
)

# An advertisement's marker on a line of its own.
AD_MARKER = re.compile(r"\W*(?:anzeige|advertisement|werbung|sponsored|ad)\W*", re.I)

# The words a press release's own line opens with ("PRESSEMITTEILUNG Nr. 12/2026").
RELEASE_WORDS = (
    r"pressemitteilung|presseinformation|pressemeldung|press\s+release|news\s+release"
    r"|media\s+release"
)
# A record's caveat on its own transcript: "… an uncorrected transcript, not yet approved
# …", "The transcript may contain mistakes".
_TRANSCRIPT_CAVEAT = (
    r"\buncorrected transcript\b|\btranscripts? (?:may|might|can) contain (?:errors|mistakes)\b"
)
_CAVEAT = re.compile(_TRANSCRIPT_CAVEAT, re.IGNORECASE)
# Web furniture around an article: registration walls, newsletter pitches, credits.
BOILERPLATE = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bweiterlesen\b",
        r"\bregistrieren sie sich\b",
        r"\bkostenfreie[nr]? registrierung\b",
        r"\bjetzt\b.{0,40}\b(?:abonnieren|registrieren|anmelden)\b",
        r"\bnewsletter\b.*\b(?:ihnen|ihr\w*|sie|you|your|anmelden|subscribe|sign up)\b"
        r"|\b(?:ihnen|sie|you|your)\b.*\bnewsletter\b",
        # A link, not someone saying they read more ("I've read more books than ..."): no
        # subject or perfect's auxiliary before it.
        r"(?<!'ve )(?<!’ve )(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bhe )(?<!\bshe )"
        r"\b(?:read more|continue reading|keep reading)\b",
        r"\b(?:subscribe|sign up)\b.{0,30}\b(?:now|today|here|newsletter|our)\b",
        # A pitch for a mailing, whatever it is called: "delivered to your inbox".
        r"^(?:sign up|subscribe|melden sie sich)\b.{0,60}\b(?:inbox|postfach)\b",
        # A newsletter platform's pitch, at most one short sentence before it: "Thanks for
        # reading! Subscribe for free to receive new posts."
        r"^(?:[^.!?]{0,60}[.!?]\s+)?subscribe\s+for\s+free\b",
        # A page's button for what it has not shown yet: "Load more comments (18 replies)",
        # "Show more posts", "Kommentare (12) anzeigen".
        r"^\W*(?:load|show|view|see)\s+(?:\d+\s+)?more\s+(?:comments|posts|replies|updates)\b"
        r"|^\W*kommentare\s*\(\d+\)\s*(?:anzeigen|einblenden|ansehen)\W*$",
        # A record's terms of use ("It may not be published without permission from …"):
        # the page's terms, not anyone's words.
        r"\bmay not be (?:published|reproduced|republished|copied)\b[^.]{0,60}\bwithout\b"
        r"[^.]{0,30}\bpermission\b",
        # Credits for the pictures ("Photographs by NAME"): not the article's people.
        r"^(?:photos?|photographs?|fotos?|illustrations?|bilder?)\s+(?:by|von)\s+\S+(?:\s+\S+){0,3}$",
        r"^(?:anzeige|advertisement|werbung|sponsored|newsletter)$",
        # An advertisement's copy after its marker in the same paragraph: "ANZEIGE – Formen
        # für Manufakturen …", "Advertisement: Billhooks, hand-forged …".
        r"^\W*(?:anzeige|advertisement|werbung)\W*?\s*[:–—-]\s+\S",
        r"\bcookies?\b.*\b(?:akzeptieren|zustimmen|einstellungen|accept|settings)\b",
        # A consent notice, whatever it asks: "Diese Website verwendet Cookies. ... OK".
        r"\b(?:website|webseite|seite|site)\s+(?:verwendet|nutzt|benutzt|uses)\s+cookies\b",
        # ... or in the site's own voice: "We use cookies to …", "Wir verwenden Cookies, …".
        r"\b(?:we|wir)\s+(?:use|verwenden|nutzen|setzen)\s+cookies\b",
        r"^(?:foto|fotos|bild|bilder|bildquelle|quelle|photo|photograph|image|credit)s?\s*:",
        r"©|^\(c\)|^copyright\b|\((?:bild|foto|fotos|photo|image|quelle|source)\s*:[^)]*\)$",
        # The same credit in words at a caption's end: "... on Tern Street. (Photo by NAME /
        # OUTLET)", "Photo courtesy of NAME".
        r"(?:^|[.!?]\s)\(?(?:photos?|photographs?|pictures?|images?)\s+(?:by|courtesy\s+of)\s"
        r"[^.!?()]{2,80}\)?$",
        # ... or as a paper credits a photographer working for it, the name and the outlet
        # in brackets after the caption's sentence: "... at the helm. (NAME for OUTLET)".
        r"^(?=.{0,300}$).*[.!?]\s\((?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})\s"
        r"(?:for|für)\s(?-i:[A-Z])[^()]{2,60}\)$",
        # A live format's status line over its record: "LIVE-CHAT – beendet", "Live Q&A
        # (ended)"; what the chat was about stands under it.
        r"^\W*(?:live[- ]?(?:chat|blog|ticker|q&a|stream)|leserchat|chat|liveblog)"
        r"\s*(?:[–—:|-]\s*|\(\s*)?(?:beendet|abgeschlossen|geschlossen|ended|closed|finished)\W*$",
        r"\b(?:alle rechte vorbehalten|all rights reserved)\b",
        # A script's note on its use, after the document's kind or alone: "Manuskript –
        # Nur zum privaten Gebrauch.", "For personal use only."; a rights notice too.
        r"^(?=.{0,160}$)(?:[^.!?:–—]{1,40}\s[–—:]\s)?(?:nur zum (?:privaten|persönlichen)"
        r" gebrauch|for (?:private|personal) use only)\b",
        r"^(?:lesezeit|reading time)\b|\b\d+\s*min(?:\.|utes?)?\s*(?:lesezeit|read)\b",
        # A transcript's stage directions: "[00:02:15] [ad break]", "(Musik)", "[SOUND OF A
        # GAME, CROWD CHEERING]"; nobody speaks a whole line in square brackets.
        # "(Einspieler: Reportage vom Hof)" as long as "[CLIP: ...]".
        # Cues may follow one another: "[00:02:56] [JINGLE] [MUSIK: Chopin]".
        "^" + TIMESTAMP + r"(?:\([^()]{1,80}\)|\[[^\]]{1,80}\])(?:\s*\[[^\]]{1,80}\])*$",
        # A picture's description where the page had it: "[Bild: Schießstand, Athletinnen …]".
        r"^\[(?:bild|foto|image|photo|picture|grafik)\s*:[^\]]{1,200}\]$",
        # A paywall's note: "Dieser Artikel ist nur für Abonnenten …", "for subscribers only".
        r"\bnur für (?:abonnent(?:en|innen)|abonnentinnen und abonnenten)\b"
        r"|\b(?:for|available to) subscribers only\b",
        # A site's news ticker over every page, in capitals before a colon: "BREAKING: Road
        # closed after fire", "EILMELDUNG: …"; the story it flags is another one's.
        r"^(?-i:BREAKING(?:\s+NEWS)?|EILMELDUNG|NEWSTICKER|JUST\s+IN)\s*:\s",
        # The blank lines a record leaves for signing: "Signed ……… (Chair) Date ………".
        r"^(?:signed|gez\.|unterschrift)\s*[.…_]{3,}",
        # When the column or show comes out, a sentence of its own: "NAME's column appears
        # Tuesdays and Saturdays.", "Die Kolumne erscheint jeden Freitag."
        r"^[^.!?]{0,60}\b(?:column|kolumne|podcast|newsletter|sendung)\b[^.!?]{0,30}"
        r"\b(?:appears|runs|erscheint|läuft)\s+(?:every\s+|each\s+|jeden\s+|jede\s+|immer\s+)?"
        r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekly|daily"
        r"|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|wöchentlich"
        r"|täglich|week|woche)\b[^.!?]{0,60}[.!]?$",
        # A screen reader's link to the text, copied with the page: "Skip to main content",
        # "Zum Inhalt springen", "Direkt zum Inhalt"; the page's menu may follow it on its
        # line, set apart by wide spaces ("Skip to content   News  Weather  Subscribe").
        r"^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|article)|zum\s+inhalt(?:\s+springen)?"
        r"|direkt\s+zum\s+(?:inhalt|hauptinhalt)|springe?\s+zum\s+(?:inhalt|hauptinhalt))"
        r"(?:\W*|\s{2,}\S[^\n]{0,200})$",
        # "Diesen Artikel teilen", "Share this story": a share bar's line.
        r"^(?:(?:diesen )?(?:artikel|beitrag) teilen|share this (?:article|story|post))\b",
        r"^(?:teilen|share|drucken|print|mehr zum thema|lesen sie auch|auch interessant"
        r"|related articles|das könnte sie auch interessieren)\b",
        # Link lists and their headings: "Related: ...", "Mehr aus Hagen: ...".
        r"^(?:related|more from|more on|weitere (?:artikel|beiträge|themen|interviews)"
        r"|mehr aus|mehr von|mehr im|mehr in der)\b[^.!?:]{0,40}(?::|$)",
        # A pointer to another page of the issue, in nobody's voice: "Weitere Ergebnisse
        # finden Sie auf Seite 23.", "More letters on page 12."
        r"^(?![^.!?]*\b(?:ich|wir|mir|uns|mein\w*|unser\w*|i|we|my|our|me|us)\b)[^.!?]{0,100}"
        r"\b(?:(?:auf|ab)\s+seite|(?:on|from)\s+page)\s+\d{1,3}\s*[.!]?$",
        # A release's length for editors: "Zeichen (inkl. Leerzeichen): 3.412", "Word
        # count: 640".
        r"^(?:zeichen(?:zahl)?|anschläge|word count|characters)\s*(?:\([^()]{1,40}\))?\s*:"
        r"\s*[\d.,]+",
        # Press-release furniture: the header line, its end mark, notes on where it stands.
        rf"^\W*(?:{RELEASE_WORDS}|for immediate release|zur (?:sofortigen )?veröffentlichung"
        r"|sperrfrist|embargo(?:ed)?)\b(?:\s+nr\.)?[^.!?]{0,60}$",
        r"^\W*(?:ends|ende|###|ende der (?:presse)?mitteilung|end of (?:press )?release)\W*$",
        # Whom the press may call: "Media contact: NAME, ...", "Pressekontakt: ...", and a
        # newswire's source line ("SOURCE Acme Inc.").
        _CONTACT + r"|^SOURCE\s",
        # A release's legal disclaimer: "Forward-looking statements: ...", "Diese Mitteilung
        # enthält zukunftsgerichtete Aussagen ...".
        r"^\W*(?:forward-looking statements?|safe harbou?r statement|disclaimer"
        r"|haftungsausschluss|zukunftsgerichtete aussagen)\s*:"
        r"|\b(?:contains?|enthält|enthalten)\s+(?:certain\s+)?(?:forward-looking statements"
        r"|zukunftsgerichtete\s+aussagen)\b",
        # A date or an edition may come before the colon: "Korrektur, 13. Oktober: ...".
        r"^(?:correction|korrektur|richtigstellung|transparenzhinweis|disclosure)"
        r"(?:\s*[,(–—-]\s*[^:!?]{1,30}?\)?)?\s*:",
        # A credit at the end of a caption: "Eva Roth in ihrem Labor. Foto: Jan Hahn".
        r"(?:^|[.!?:]\s)(?:foto|fotos|bild|photo|picture|image|credit|quelle)s?\s*:\s*[^.!?]{2,80}$",
        # Who makes the show, how the transcript came about, where to hear it in full.
        r"\b(?:is|are) (?:produced|presented) by\b|\bwird (?:produziert|präsentiert) von\b"
        r"|\b(?:ist ein podcast|is a podcast)\b",
        # A sponsor's read and the outro's call to subscribe, time-stamped or not: the
        # show's, not the words of whoever spoke before them.
        SPONSOR_READ,
        # A sponsor's line of its own: "Sponsored by X.", "Sponsored section: brought to you
        # by X", "Anzeige: präsentiert von X".
        r"^(?:sponsored|gesponsert)(?:\s+(?:section|content|feature|post|beitrag))?"
        r"(?:\s*:\s*(?:brought to you|presented|supported|präsentiert|unterstützt))?"
        r"\s+(?:by|von)\s+[^.!?,;]{2,60}\.?$",
        # A sponsor's line under the headline, its tagline after a dash in lower case
        # ("Presented by Acme Pumps – pumps since 1950"): a host's credit names a person,
        # with no slogan after the name.
        r"^[*_]*(?:presented|brought to you|präsentiert)\s+(?:by|von)\s+[^.!?:–—]{2,60}?\s[–—-]\s+"
        rf"[{LOWER}][^.!?:*_]{{2,60}}[*_]*$",
        # A sponsors' line: "Unsere Damen werden unterstützt von: X · Y", "Supported by: X".
        r"^[^.!?]{0,60}\b(?:unterstützt|gesponsert|gefördert|supported|sponsored)\s+(?:von|by)\s*:",
        r"^(?:\[[\d:]+\]\s*)?(?:abonniert|abonniere|abonnieren sie|subscribe to|follow)\b"
        r".{0,60}\b(?:wo immer|wherever)\b.{0,30}\bpodcasts?\b",
        # The same call after a condition: "Wenn euch die Folge gefallen hat, abonniert ...".
        r"^(?:wenn (?:euch|ihnen|dir) (?:die|diese) folge gefallen hat|if you (?:enjoyed|liked)"
        r" (?:this|the) (?:episode|show))\b.{0,40}\b(?:abonniert|abonnieren|subscribe|follow)\b",
        # A station's jingle named in the transcript without brackets: "[12:05:02] JINGLE
        # „Morgenfunk“", "[00:00:03] Jingle".
        "^" + TIMESTAMP + r"(?:jingle|station id|station ident|intro-?musik|outro-?musik"
        r"|theme music)\b[^.!?:]{0,60}$",
        # A station's trail for what comes next: "[12:06:55] Gleich nach den Nachrichten:
        # ...", "Coming up after the news: ...", "Still to come: ...".
        "^" + TIMESTAMP + r"(?:gleich nach den nachrichten|nach den nachrichten|coming up"
        r"|up next|still to come)\b[^:]{0,40}:",
        # A magazine's price in a call to subscribe: "Subscribe to X for £4.50 a month.
        # Cancel anytime.", "Jetzt abonnieren ... jederzeit kündbar".
        r"^(?=.{0,200}$).*\b(?:cancel (?:any ?time|at any time)|jederzeit kündbar)\b",
        # A results line under a sports profile, each side's club in brackets before the
        # score: "Final: NAME (CLUB) bt. NAME (CLUB) 21–15", "NAME (CLUB) def. NAME (CLUB)
        # 3:1". A table of results, in nobody's voice, however close it stands to a reply.
        r"^(?=.{0,200}$)[^\n]{2,80}\)\s+(?:bt\.?|def\.|beat|besiegt|schlägt)\s+[^\n]{2,80}\)"
        r"\s+\d{1,4}\s?[–:-]\s?\d{1,4}\.?$",
        # A court report's closing note: "Hinweis: ... Es gilt die Unschuldsvermutung."
        r"^(?=.{0,200}$).*\bes gilt (?:die|weiterhin die) unschuldsvermutung\W*$",
        # A podcast page's chapter marks: "Kapitel: 00:00 Intro · 02:10 ...".
        r"^(?:kapitel|kapitelmarken|chapters?|timestamps?)\s*:\s*\d{1,2}:\d{2}",
        # A speech's transcript note: "Transcript. Check against delivery." (The German "Es
        # gilt das gesprochene Wort" closes a broadcast's credit line, which stays a lead.)
        r"^(?=.{0,160}$).*\bcheck against delivery\b",
        # An invitation to report a mistake: "Sie haben einen Fehler im Text gefunden?",
        # "Spotted an error? Let us know."
        r"^(?=.{0,200}$)(?:sie haben|haben sie) einen fehler\b|^(?:spotted|found) an? (?:error"
        r"|mistake|typo)\b",
        # A plea for the outlet: "Support independent local journalism: become a member".
        r"^(?=.{0,160}$)support (?:independent|local|quality|our)\b.{0,30}\bjournalism\b",
        # A teaser for the next instalment, set off by a colon: "Next week: NAME answers …",
        # "Nächster Leserchat am 22. Mai: …".
        r"^(?=.{0,200}$)(?:next (?:week|time|month)|coming up next|nächste (?:woche|folge)"
        r"|nächster?\s+[\w-]+\s+(?:am|im|ab)\s+[^:]{1,30}):\s",
        # A live chat's notice that it is over: "This chat has ended.", "Der Live-Chat ist
        # jetzt beendet."; or how its page updates: "Auto-refresh is off."
        r"^(?:this|the) (?:chat|live ?blog|live q&a) (?:has )?(?:now )?ended\b"
        r"|\brefresh for updates\b"
        r"|^(?:dieser|der) (?:live-?)?(?:chat|blog|ticker) ist (?:jetzt |nun )?beendet\b"
        r"|^auto-?refresh is (?:on|off)\b",
        # A row of links under its rubric, titles and no sentence: "Read next: TITLE ·
        # TITLE", "More in Sport: TITLE", "Zum Thema: TITLE | Analyse: TITLE".
        r"^(?=.{0,240}$)(?:read next|(?:more|next) in (?-i:[A-Z])[^.!?:]{0,30}|more posts from"
        r" [^.!?:]{1,30}|(?:mehr )?zum thema)\s*:\s+[^.!?\n]+$",
        # A transcript's disclaimer: "This is a rush transcript. This copy may not be in
        # its final form ...".
        r"\brush transcript\b|\b(?:transcript|copy)\b.{0,40}\bmay not be in its final form\b",
        # A transcript service's credit and terms: "Transcript by NAME Scripts.",
        # "Transcript provided for media use only.", "Transkript: NAME Service".
        r"^(?=.{0,160}$)(?!(?:the|a|an|this|der|die|das|ein)\s)(?:\w+\s+)?(?:transcripts?|transkript)"
        r"\s+(?:by|provided\s+by|von)\s+[^.!?]{2,50}(?:[.!?]|$)"
        r"|^(?=.{0,160}$).*\b(?:for (?:media|press|editorial) use only|nur für redaktionelle"
        r" zwecke)\b",
        # A record's caveat on its own transcript, and who transcribed it.
        rf"{_TRANSCRIPT_CAVEAT}|^(?=.{{0,200}}$)transcribed by\s+[^.!?]{{2,50}}[.!?]",
        # An export's head line: the file's name, then the tool's note on it
        # ("interview_03.vtt | exported from TOOL | auto-generated").
        r"^(?=.{0,200}$)[\w.-]+\.(?:txt|docx?|pdf|rtf|vtt|srt|mp3|mp4|m4a|wav)\b[^.!?]{0,80}?"
        r"\b(?:export\w*|auto-?generated|generated|automatisch\w*)\b",
        r"\btranskript\w*\b.{0,60}\b(?:automatisch|maschinell)\b"
        r"|\btranscripts?\b.{0,60}\b(?:automatically|machine)\b",
        # A transcription tool's caveat on its own voices: "Speaker labels are assigned
        # automatically and may be wrong", "Sprechererkennung automatisch, ohne Gewähr".
        r"\b(?:speaker (?:identification|labels?|recognition)|sprechererkennung)\b[^.!?]{0,40}"
        r"\b(?:automatic\w*|inaccurate|errors|mistakes|automatisch\w*|fehler\w*)\b",
        r"^(?:listen to|hören sie)\b.{0,60}\b(?:interview|gespräch|episode|folge|podcast)\b",
        # A read-aloud offer by its length: "Listen to this story: 4:15 min", "Hören Sie
        # den Text: 3 Min.".
        r"^(?=.{0,80}$)(?:listen to|hören sie)\b[^.!?]{0,40}?\b\d{1,2}(?::\d{2})?\s*min(?!\w)",
        r"^(?:get|hol(?:en)? sie sich)\b.{0,40}\bnewsletter\b",
        # A pitch that ends in its button, a link's words in brackets: "… in your inbox.
        # [Subscribe]", "… [Jetzt anmelden]".
        r"^(?=.{0,300}$).*\[(?:subscribe|sign up|sign me up|abonnieren|jetzt abonnieren"
        r"|anmelden|jetzt anmelden|register|registrieren)\]\s*$",
        r"\bsie haben \d+ prozent dieses artikels\b|\byou(?:'ve| have) read \d+",
        # Notes on the text rather than the text: edited for length, first in print.
        # (A second sentence may say where the full version is.)
        r"^\W*(?:transcript|this transcript was) (?:produced|created|made|generated) from\b",
        r"^\W*(?:editor['’]?s note:\s*)?(?:this|the) (?:interview|conversation|transcript"
        r"|q&a)\b.{0,60}\b(?:edited|condensed|conducted (?:in writing|by e-?mail))\b[^.]*\."
        r"(?:\s[^.]{0,120}\.?)?\W*$",
        r"^\W*(?:hinweis:\s*)?(?:dieses|das|die) (?:interview|gespräch|transkript|mitschrift"
        r"|protokoll|wortprotokoll) (?:wurde|ist)\b"
        r".{0,60}\b(?:gekürzt|redigiert|autorisiert|bearbeitet|schriftlich geführt)\b[^.]*\."
        r"(?:\s[^.]{0,120}\.?)?"
        r"\W*$",
        r"^\W*(?:dieses|das|dieser|der) (?:interview|gespräch|text|artikel|beitrag) erschien"
        r" zuerst\b",
        r"\b(?:view|read) (?:this|the) (?:email|e-mail|newsletter) in (?:your|a) browser\b"
        # The link alone on a line at a newsletter's top: "View in browser", "Web version".
        r"|^\W*(?:view|read|open)(?: it)? (?:online|in (?:your |a |the )?(?:web )?browser)\W*$"
        # A posting platform's own link over the mail, with the address: "View this post
        # on the web at site.example/p/slug".
        r"|^\W*(?:view|read|open) (?:this|the) (?:post|issue|story|article) (?:on|in) the web"
        r"(?: at \S+)?\W*$"
        r"|^\W*(?:web version|webversion|online[- ]version)\W*$"
        r"|\bim browser (?:ansehen|anzeigen|lesen|öffnen)\b"
        # "..., öffnen Sie sie im Browser.": the same link, its verb first.
        r"|\b(?:öffnen|lesen) sie (?:sie|ihn|diese \w+|diesen \w+) im browser\b"
        # "Wird dieser Newsletter nicht richtig angezeigt?", "E-Mail not displaying correctly?"
        # "Falls diese E-Mail nicht richtig angezeigt wird, ...", "If this email is not ...".
        r"|^\W*(?:wird |is |falls |wenn |sollte |if )?"
        r"(?:dieser |diese |der |die |this |the |your )?(?:newsletter|e-?mail"
        r"|mail) (?:nicht (?:richtig|korrekt) angezeigt|not displaying (?:correctly|properly))\b"
        # A mailing's footer: "You're receiving this because ...", "Sie erhalten diese
        # E-Mail, weil ...".
        r"|^\W*(?:you(?:['’]re| are) receiving this (?:email |e-mail |newsletter )?because"
        r"|sie erhalten diese[n]? (?:e-?mail|nachricht|newsletter)\b)",
        # The page's call to write in, asked and then given an address: "Ihr habt Fragen?
        # Schreibt uns an post@…", "Haben Sie weitere Fragen? Schreiben Sie uns: …@…".
        r"^(?:ihr habt|haben sie|hast du|have you got|have|got|any)\b[^.!?]{0,60}\?\s+"
        r"(?:schreib\w*|mail\w*|write|e-?mail|contact|drop)\b[^.!?@]{0,40}\b(?:uns|us)\b"
        r"[^@]{0,80}@[\w.-]+\.\w+",
        # A newsletter's call to write back: "Got a question? Hit reply."
        r"\bhit reply\b|\bjust reply to this (?:email|e-mail|newsletter)\b|"
        r"\bunsubscribe\b|\bmanage preferences\b|\babmelden\b.{0,30}\bnewsletter\b",
        r"^(?:tags|topics|themen|schlagworte|schlagwörter)\s*:",
        r"^(?:kommentare|comments)\s*\(\d+\)$|^(?:reuse this content|share this article)$",
        # A closed comment section's notice: "Comments are closed for this article.",
        # "Die Kommentarfunktion ist geschlossen."
        r"^(?:comments\s+are\s+(?:closed|disabled)|commenting\s+(?:is\s+)?closed"
        r"|(?:die\s+)?kommentar(?:funktion|e)\s+(?:ist|sind)\s+(?:geschlossen|deaktiviert))\b"
        r"[^.!?]{0,40}[.!]?$",
        # Paywalls: "Jetzt weiterlesen mit X+", "Subscribe to continue reading".
        r"\bexklusiv für abonnent|\btesten sie\b.{0,30}\b(?:wochen|monate|gratis|kostenlos)\b"
        r"|\bbereits ein abo\b|\bsubscribe to continue\b|\bunlimited access\b"
        # A metered paywall's counter: "You have 3 free articles left this month."
        r"|\byou have \d+ free (?:articles?|stories|story) left\b"
        r"|\bsie haben (?:noch )?\d+ (?:kostenlose|freie) artikel\b",
        # A publishing platform's bar over a post: "Open in app  Sign in", "In App öffnen".
        r"^\W*(?:open in (?:the )?app|in (?:der )?app öffnen)(?:\s+(?:subscribe|sign in|sign up"
        r"|abonnieren|anmelden))*\W*$",
        # A run of box-drawing characters frames a newsletter box in plain text.
        r"[─━│┃┌┐└┘]{3,}",
        # A document's classification banner, as an intranet or a firm's mail stamps every
        # page: "Classification: INTERNAL", "Einstufung: VERTRAULICH – nur intern".
        r"^\W*(?:classification|security classification|einstufung|klassifizierung"
        r"|vertraulichkeit(?:sstufe)?)\s*:\s*(?:internal|confidential|restricted|public"
        r"|official|intern|vertraulich|öffentlich|streng vertraulich)\b",
        # A column's call for questions, with the address: "Have a question for the vet?
        # Email ...@...", "Haben Sie auch eine Frage? Schreiben Sie an ...@...", the postal
        # address perhaps first ("Schreiben Sie an: Blatt, Postfach 12, 10115 Ort, oder an …@…").
        # (A title's dot may come before the question mark: "for Dr. NAME?")
        r"^[^.!?]{0,60}\b(?:questions?|fragen?)\b(?:[^.!?]|\b(?:Dr|Prof|Mr|Mrs|Ms)\.){0,40}\?\s+"
        r"(?:schreib\w*|mail\w*"
        r"|write|e-?mail|send|contact)\b[^@]{0,140}@[\w.-]+\.\w+",
        # The same call set as a rubric over the address, no question asked: "Ihre Frage an
        # unsere Experten: ratgeber@...", "Your questions for our panel: ...@...".
        r"^(?:ihre|eure|deine|your)\s+(?:fragen?|questions?)\b[^.!?:]{0,60}:\s*[^@\s]+@[\w.-]+\.\w+",
        # An advice column's disclaimer: "... ersetzen keine individuelle Rechtsberatung",
        # "... is not a substitute for a consultation with your vet".
        r"\bersetz\w*\s+(?:keine|nicht)\s+(?:die\s+)?(?:individuelle\s+)?[\w-]*beratung\b"
        r"|\bnot (?:a )?substitute for (?:a |an |the )?(?:consultation|professional|medical"
        r"|legal|personal|individual)\b",
        # A web address alone on its line: a page's or a feed's link, no one's words.
        r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?$",
        # A newsroom's plea for money: "The Ledger relies on readers like you. Donate today."
        r"\brel(?:y|ies) on readers like you\b|^(?:donate|spenden sie|unterstützen sie uns)\b",
        # Where the rest is: "Weitere Artikel zum Thema X finden Sie in unserem Dossier",
        # "Alle Sendungen zum Nachhören finden Sie in der App".
        r"^(?:weitere|alle)\s+(?:artikel|beiträge|interviews|folgen|sendungen|episoden)\b"
        r"[^.!?]{0,60}\bfinden sie\b",
        # A podcast's outro: "X gibt es überall, wo es Podcasts gibt", "wherever you get
        # your podcasts", "Abonniert uns, wo es Podcasts gibt".
        r"\büberall,? wo es podcasts gibt\b|\bwherever you get your podcasts\b"
        r"|\b(?:abonniert|abonnieren sie|folgt|folgen sie) uns\b[^.!?]{0,20}"
        r"\bwo es podcasts gibt\b",
        ON_SCREEN,
        # An advice column's disclaimer: "This column is for general information only".
        r"\bfor general information (?:only|purposes)\b|\bdient (?:nur|lediglich|ausschließlich)"
        r" der allgemeinen information\b",
        # A live page's button: "Load more updates", "Weitere Beiträge laden".
        r"^(?:load more(?:\s+(?:updates|posts|entries|comments))?|mehr laden"
        r"|weitere (?:beiträge|einträge|kommentare) laden)\W*$",
        # Where the text first appeared in print: "Dieser Artikel erschien in der
        # Printausgabe …", "This article appeared in the print edition …".
        r"^\W*(?:dieser|der) (?:artikel|beitrag|text) erschien in der (?:print|heft)?ausgabe\b"
        r"|^\W*(?:this|the) (?:article|story) (?:first )?appeared in (?:the|our) print edition\b",
        # A call to buy the paper: "Jetzt das X-Abo sichern", "Lesen Sie weiter mit X Plus".
        r"\bjetzt\b.{0,40}\babo\b.{0,20}\b(?:sichern|bestellen|abschließen|testen)\b"
        r"|^lesen sie weiter mit\b",
        # A player embedded in the page: "▶ Listen: …", "► Anhören: …".
        r"^[▶►]\s*(?:listen|watch|play|hören|anhören|ansehen)\b",
    )
]
# The heading of a box of links or of a newsletter pitch, a line of its own: the lines under
# it (in its block, or a list right after it) are the box's, never the article's.
_BOX_HEADING = re.compile(
    r"(?:mehr zum thema|lesen sie auch|auch interessant|weitere (?:artikel|beiträge|themen)"
    r"|mehr (?:aus|von|zu)\b[^.!?:]{0,30}|related(?: articles| stories)?|read more|read next"
    r"|more (?:from|on)\b[^.!?:]{0,30}|das könnte sie auch interessieren"
    r"|(?:get|hol(?:en)? sie sich)\b[^.!?:]{0,40}\bnewsletter)\s*:?",
    re.IGNORECASE,
)
# Breadcrumbs and section paths: "Startseite › Wirtschaft › Energie", "Panorama / Klima".
# A path's first part, the site's home page.
_HOME = re.compile(r"(?i:startseite|start|home|homepage|accueil)")
_CRUMB_SEPARATOR = re.compile(r"\s+(?:›|»|>|/|\||·|•)\s+")
# A menu: a row of capitalised single words, among them the words menus are made of.
_MENU_WORDS = frozenset(
    (
        *("menü", "menu", "suche", "search", "abo", "anmelden", "login", "sign", "subscribe"),
        *("abonnieren", "startseite", "home", "newsletter", "podcasts", "konto", "account"),
        *("nachrichten", "news", "politik", "politics", "meinung", "opinion", "sport"),
    )
)
# The little words of a sentence, which a headline in title case capitalises.
_SENTENCE_WORDS = frozenset(
    (
        *("the", "a", "an", "and", "on", "you", "your", "with", "of", "for", "to", "we"),
        *("our", "is"),
        *("der", "die", "das", "mit", "und", "ein", "eine", "wir", "ist", "ihr"),
    )
)
# A publisher's line: "NAME – Das Fachportal für ...", "Your Thursday guide to ...".
_TAGLINE = re.compile(
    r"(?:^|\s[–—·|]\s)(?:(?:der|die|das|ein|eine|ihr|the|a|an|your|our)\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?i:magazin|magazine|portal|podcast|newsletter|zeitung|journal"
    r"|blog|guide|briefing|zeitschrift|nachrichten)e?\s+(?:für|der|des|from|for|to|of|on|about)\b"
    r"|\s[–—]\s(?i:der|die|das|the|a)\s+[\w-]*(?i:podcast|magazin|magazine|newsletter)\b",
)
# A line of when and how long: "14. März 2024, 06:00 Uhr · Lesezeit: 6 Min.".
# A newswire's time zone may be the short one ("08:30 ET"); its date may set a comma after
# the month ("11 Jun, 2026").
_META = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.]\d{2}\s?(?:Uhr|GMT|CET"
    r"|CEST|EDT|EST|UTC|AM|PM|ET|PT)\b|\b\d+\s?(?:Min\.?|Minuten|minutes?|min)\b"
    r"|\b(?:\d{1,2}\.?\s+)?(?:Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)"
    r"[a-zä]*\.?,?\s+(?:\d{1,2},?\s+)?\d{4}\b",
)
_META_WORDS = frozenset(
    (
        *("uhr", "veröffentlicht", "aktualisiert", "updated", "published", "posted", "lesezeit"),
        *("lesedauer", "read", "reading", "time", "minuten", "minutes", "stand", "erschienen"),
    )
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jänner", "january", "jan"),
            ("februar", "february", "feb"),
            ("märz", "march", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "oct", "okt"),
            ("november", "nov"),
            ("dezember", "december", "dec", "dez"),
        ),
        start=1,
    )
    for name in names
}
_DATE_PREFIX = r"(?:(?:datum|date|stand|veröffentlicht(?: am)?|published(?: on)?)\s*:?\s*)?"
_DATE_FORMS = (
    re.compile(_DATE_PREFIX + r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<d>\d{1,2})\.?\s+(?P<month>[^\W\d]+)\.?\s+(?P<y>\d{4})", re.I),
    re.compile(_DATE_PREFIX + r"(?P<month>[^\W\d]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", re.I),
)


# Each stage asks again about the paragraphs it walks (a page's lines are tested three to
# four times on average), and the test is some ninety searches: over a quarter of a parse.
@functools.lru_cache(maxsize=4096)
def is_boilerplate(text: str) -> bool:
    """Whether a paragraph is web furniture (a long paragraph never is, nor a credit line).

    Example:
        >>> is_boilerplate("Startseite › Wirtschaft › Energie"), is_boilerplate("Wir bauen.")
        (True, False)
        >>> is_boilerplate("Foto: dpa"), is_boilerplate("Foto: Jan Hahn")
        (True, False)
        >>> is_boilerplate("Ada Roe at the loom. (Tim Hale for The Weekly Post)")
        True
        >>> is_boilerplate("LIVE Q&A – ended"), is_boilerplate("Live-Chat: Was nun?")
        (True, False)
    """
    if len(text.split()) > 80 or is_credit_line(text):
        return False
    return (
        any(pattern.search(text) for pattern in BOILERPLATE)
        or is_crumb(text)
        or is_menu(text)
        or is_tagline(text)
        or is_meta(text)
        or is_running_head(text)
        or is_ticker(text)
    )


# A market ticker's items: an index or a rate, then its figure, set apart by bars or dots.
_TICKER_PART = re.compile(r"\s+[|·•]\s+")
# How an item shows its move: an arrow up or down, or a signed per cent ("+0.4%").
_TICKER_MOVE = re.compile(r"[▲▼△▽↑↓]|[+−-]\d[\d.,]*\s?%")


def is_ticker(text: str) -> bool:
    """A business page's market ticker over its headline: three items at least, each a few
    words with a figure and no field's colon, one at least with its move (an arrow, a
    signed per cent); a headline with figures is one sentence, no row of them, and a fact
    box's row of data ("Power: 5 MW · Weight: 2 t") names its fields and has no moves.

    Example:
        >>> is_ticker("Gold 2,310.5 ▲0.4% | Dow 38,201 -0.2% | €/$ 1.081")
        True
        >>> is_ticker("Zinsen | Mieten | Preise: Wohnen 2026 kostet 4 % mehr")
        False
        >>> is_ticker("Power: 5 MW · Weight: 2 t · Yield: +4 %")
        False
    """
    parts = _TICKER_PART.split(text.strip())
    figures = all(re.search(r"\d", part) and len(part.split()) <= 5 for part in parts)
    fields = any(re.search(r"\w:\s", part) for part in parts)
    return len(parts) >= 3 and figures and not fields and _TICKER_MOVE.search(text) is not None


# Who made the pictures, the sound or the show: "Fotos: NAME", "Photographs by NAME",
# "Ton und Schnitt: NAME". Text roles count too, for a line that credits both.
_CREDIT_ROLE = (
    r"(?:fotos?|photos?|photographs?|photography|pictures?|images?|bild(?:er)?|porträts?|portraits?"
    r"|porträtfotos?|illustrations?|grafik(?:en)?|graphics?|ton|sound|schnitt|produktion"
    r"|production|produced|editing|edited|redaktion|redaktionelle\s+leitung|moderation|musik"
    r"|music|text|words|interview)"
)
_CREDIT_PART = re.compile(
    rf"\W*{_CREDIT_ROLE}(?:\s*(?:,|und|and|&)\s*{_CREDIT_ROLE})*(?:\s*:|\s+(?:by|von)\b)"
    r"\s*(?P<who>.+?)\W*",
    re.IGNORECASE,
)
# A credit line's parts: "Interview: NAME | Fotos: NAME", "Interview by NAME. Photography: NAME."
CREDIT_PARTS = re.compile(r"\s*[|·•]\s*|(?<=[.;)])\s+")
# The small words a name or an agency's credit may hold: "Ruth von Berg", "Hof/Müller".
_NAME_JOINERS = {"von", "van", "de", "der", "den", "di", "da", "zu", "und", "and", "für", "for"}
# A credit line is short; a longer paragraph that opens with "Fotos:" is a caption.
CREDIT_WORDS = 40
# A credit names at most a few people or an agency: "Foto: Hof/Müller für den Kurier".
_CREDITED_WORDS = 6


def is_credit_line(text: str) -> bool:
    """Whether a short paragraph credits people by name with the pictures, the sound, the
    show or the text, and does nothing else ("Words: NAME · Portraits: NAME"). Readers ask
    who made an article, so it is the article's text, not furniture; a caption describes
    its picture ("NAME in ihrem Labor. Foto: NAME"), and an agency in lower case ("Foto:
    privat") names nobody.

    Example:
        >>> is_credit_line("Words: Ann Lee · Portraits: Bo Chen"), is_credit_line("Foto: privat")
        (True, False)
        >>> is_credit_line("Eva Roth in ihrem Labor. (Foto: Jan Hahn)")
        False
    """
    if len(text.split()) > CREDIT_WORDS:
        return False
    parts = [part for part in CREDIT_PARTS.split(text.strip()) if part.strip()]
    return bool(parts) and all(_credits_by_name(part) for part in parts)


def _credits_by_name(part: str) -> bool:
    """Whether one part of a line is a role and the name(s) it credits ("Fotos: Jan Hahn")."""
    credit = _CREDIT_PART.fullmatch(part)
    if credit is None:
        return False
    words = [word.strip('„“"»«()') for word in credit["who"].split()]
    return (
        1 <= len(words) <= _CREDITED_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_JOINERS for w in words)
    )


# A printed page's running head or foot: two short parts a wide gap apart, as a PDF's text
# keeps them ("MAGAZIN 04/2026          GESPRÄCH", "34          MAGAZIN 04/2026").
_RUNNING_HEAD = re.compile(r"(?P<left>[^\n]{1,60}?\S) {8,}(?P<right>\S[^\n]{0,60})")


# A page's head or foot with its page number set three spaces or more apart from the
# words: "64   UNIT 6  Working with dogs", "Festschrift 1926 e.V.          31".
_NUMBERED_HEAD = re.compile(
    r"\d{1,4} {3,}(?P<words>\S[^\n]{2,80})|(?P<words2>\S[^\n]{2,80}?\S) {3,}\d{1,4}"
)


# A page's foot as a PDF's text keeps it with a single space: the page number and the
# magazine's name in capitals, two words or more ("34 WILDLAND MONTHLY", "HOF & GARTEN 35");
# one word with a number ("RUNDE 2", "TEIL 3") heads a section.
_FOLIO = re.compile(
    r"\d{1,3}\s+[A-ZÄÖÜ][A-ZÄÖÜ&'’-]+(?:\s+[A-ZÄÖÜ&][A-ZÄÖÜ&'’-]*){1,4}"
    r"|[A-ZÄÖÜ][A-ZÄÖÜ&'’-]+(?:\s+[A-ZÄÖÜ&][A-ZÄÖÜ&'’-]*){1,4}\s+\d{1,3}"
)


# A magazine's head or foot that gives its issue ("DECK + DAMM 4/2024 INTERVIEW",
# "38 HOF & GARTEN 3/2026"): words in capitals around the issue's number and year, a page
# number perhaps; capitals and an issue say the line is the page's, not a sentence.
_CAPITALS = r"[A-ZÄÖÜ][A-ZÄÖÜ'’-]+"
_ISSUE_HEAD = re.compile(
    rf"(?:\d{{1,3}}\s+)?(?:(?:{_CAPITALS}|[&+])\s+){{1,6}}\d{{1,2}}/\d{{4}}"
    rf"(?:\s+{_CAPITALS}){{0,2}}(?:\s+\d{{1,3}})?"
)


def is_running_head(text: str) -> bool:
    """Whether a one-line paragraph is a printed page's running head or foot: two parts
    of a few words each, set a wide gap apart, neither a sentence.

    Example:
        >>> is_running_head("GARTEN & HOF 3/2026                    INTERVIEW")
        True
        >>> is_running_head("12                    GARTEN & HOF 3/2026")
        True
        >>> is_running_head("Ja.        Das haben wir so gemacht.")
        False
        >>> is_running_head("34 HOF UND GARTEN"), is_running_head("RUNDE 2")
        (True, False)
        >>> is_running_head("48   UNIT 4  Life at sea"), is_running_head("Chor Süd e.V.      9")
        (True, True)
        >>> is_running_head("Ja, 12   Kisten.")
        False
        >>> is_running_head("38 HOF + GARTEN 3/2026"), is_running_head("GESPRÄCH HOF 3/2026")
        (True, True)
    """
    if _FOLIO.fullmatch(text.strip()) or _ISSUE_HEAD.fullmatch(text.strip()):
        return True
    numbered = _NUMBERED_HEAD.fullmatch(text.strip())
    if numbered is not None:
        # The page's number says whose the line is: the words may end with an
        # abbreviation's full stop ("Verein e.V."), no sentence's.
        words = numbered["words"] or numbered["words2"]
        return len(words.split()) <= 10 and not words.endswith(("?", "!"))
    head = _RUNNING_HEAD.fullmatch(text.strip())
    if head is None:
        return False
    parts = (head["left"], head["right"])
    return all(len(part.split()) <= 8 and part.rstrip()[-1] not in ".!?:" for part in parts)


def transcript_caveat(text: str) -> bool:
    """Whether a paragraph cautions that a record's transcript may be wrong: furniture, but
    no box's text, so the line over it (a committee's name) is not the box's title.

    Example:
        >>> transcript_caveat("Below: the uncorrected transcript, as recorded.")
        True
        >>> transcript_caveat("The transcript of the hearing follows.")
        False
    """
    return _CAVEAT.search(text) is not None


def is_box_heading(text: str) -> bool:
    """Whether a line heads a box of links or a newsletter pitch ("Mehr zum Thema",
    "Related:", "Get the Ledger newsletter"): what it heads is furniture as well.

    Example:
        >>> is_box_heading("Mehr aus Kultur"), is_box_heading("Mehr Geld für Schulen")
        (True, False)
    """
    return _BOX_HEADING.fullmatch(text.strip()) is not None


def is_crumb(text: str) -> bool:
    """A breadcrumb or section path: short parts between separators, none a sentence.

    Its last part may be the page's own name in quotation marks where the path starts at
    the site's home page or runs through three parts or more: a headline is no path.

    Example:
        >>> is_crumb("Startseite › Lokales › Freizeit › Eishalle „Polarstern“")
        True
        >>> is_crumb("Home > News > Local"), is_crumb("Kultur › „Wir spielen weiter“")
        (True, False)
        >>> is_crumb("Segeln › Regatta „Südring 2025“")
        True
        >>> is_crumb("Home / Travel / Europe / Why the night trains are coming back to Vienna")
        True
    """
    parts = _CRUMB_SEPARATOR.split(text.strip())
    # A path from the home page through two sections or more ends in the page itself, its
    # headline however long: "Home / Culture / Craft / The woman who ...".
    homed = len(parts) >= 4 and _HOME.fullmatch(parts[0]) is not None
    shaped = (
        len(parts) >= 2
        and len(text.split()) <= (24 if homed else 14)
        and all(1 <= len(part.split()) <= 6 for part in parts[:-1])
        and 1 <= len(parts[-1].split()) <= (15 if homed else 6)
        and not text.rstrip().endswith((".", "?", "!"))
    )
    if not shaped or not text.rstrip().endswith(("“", '"', "«", "»")):
        return shaped
    # A last part that only ends with a quoted name ("Regatta „Südring 2025“") names a
    # section, as a quoted headline after a rubric ("Kultur › „Wir spielen weiter“") does not.
    if not parts[-1].startswith(("„", "“", '"', "«", "»", "‚")):
        return True
    return len(parts) >= 3 or _HOME.fullmatch(parts[0]) is not None


def is_menu(text: str) -> bool:
    """A row of menu items: capitalised words (one in lower case at most, "Log in"), some of
    them the words menus are made of; bars or dots may set them apart, and an item may be
    hyphenated ("Home | E-Paper | Abo").

    Example:
        >>> is_menu("HARBOUR POST | News Sport Weather Subscribe Log in")
        True
        >>> is_menu("Post | Start | Lokales | E-Paper | Anmelden"), is_menu("News from the pier")
        (True, False)
        >>> is_menu("The Sport You Play With Your Feet"), is_menu("SEARCH FOR THE LOST KEYS")
        (False, False)
        >>> is_menu("HOME NEWS SEARCH LOGIN")
        True
    """
    words = [word for word in text.split() if word not in ("|", "·", "•")]
    lower = [word for word in words if not word[:1].isupper()]
    # A headline in title case ("The Sport You Play With Your Feet") has the little words
    # of a sentence, capitalised ("With", not "with" or "YOUR"); a menu's items are nouns.
    # A headline set all in capitals has them in capitals ("RAIN AND WIND ON THE FELLS").
    capitals = text.isupper()
    sentence_words = sum(
        (w.istitle() or capitals) and w.casefold() in _SENTENCE_WORDS for w in words
    )
    return (
        len(words) >= 4
        and len(lower) <= 1
        and sentence_words < 2
        and all(word.replace("-", "").isalpha() for word in words)
        and any(word.casefold() in _MENU_WORDS for word in words)
    )


def is_tagline(text: str) -> bool:
    """A publisher's or show's line about itself ("Prozesstechnik aktuell – Das Fachportal
    für die Chemieindustrie", "Second Opinion — a health podcast from ...")."""
    return len(text.split()) <= 25 and _TAGLINE.search(text) is not None


def is_meta(text: str) -> bool:
    """A line of dates, times and reading times, with no more words than those need."""
    if len(text.split()) > 14 or not _META.search(text):
        return False
    rest = re.sub(r"[^\w\s]", " ", _META.sub(" ", text))
    words = [w for w in rest.split() if w.casefold() not in _META_WORDS and not w.isdigit()]
    return len(words) <= 3


def broadcast_slot(text: str) -> bool:
    """Whether a short line gives a day and a time of day ("Sendung vom 3. März 2026,
    18:10 Uhr", "Aired 4 May 2026, 7:30 PM"): a programme's slot; headlines give no clock.

    Example:
        >>> broadcast_slot("RADIO EINS – Sendung vom 3. März 2026, 18:10 Uhr")
        True
        >>> broadcast_slot("Wahl am 3. März 2026: Die Stadt entscheidet")
        False
        >>> broadcast_slot("4 May, 2026, 09:15 ET")
        True
    """
    if len(text.split()) > 25:
        return False
    found = [match[0] for match in _META.finditer(text)]
    clock = any(re.fullmatch(r"\d{1,2}[:.]\d{2}\s?\S+", hit) for hit in found)
    return clock and any(re.search(r"\d{4}", hit) for hit in found)


def parse_date(text: str) -> str | None:
    """ISO date of a paragraph that is only a date ('12. März 2025', '2025-03-12')."""
    text = text.strip().rstrip(".")
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if not match:
            continue
        month = match.groupdict().get("m") or _MONTHS.get((match["month"] or "").casefold())
        try:
            return datetime.date(int(match["y"]), int(month or 0), int(match["d"])).isoformat()
        except ValueError:
            return None
    return None

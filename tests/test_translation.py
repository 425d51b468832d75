"""Questions -> query terms in the other language, on the real Ding dictionary (trans-de-en)
and the real seed article; parsing rules and the cache on a small dictionary of our own."""

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.index.lexical.bm25 import BM25Index
from assistant.ingest.corpus import load_corpus
from assistant.search.query import QueryAnalyzer
from assistant.search.translation import QueryTranslator, parse_ding
from assistant.settings import Settings
from assistant.text.analysis import Mentions
from conftest import SEED, SEED_ID


@pytest.fixture(scope="session")
def translator(corpus_settings: Settings) -> QueryTranslator:
    """Parsed once per session (about 10 s); the cache sits where the Assistant keeps it."""
    return QueryTranslator.load(corpus_settings.dictionary, cache_dir=corpus_settings.cache_dir)


@pytest.fixture(scope="module")
def seed_index() -> BM25Index:
    article = load_corpus([SEED], Settings()).articles[0]
    return BM25Index.build([t.id for t in article.turns], [t.text for t in article.turns])


@pytest.mark.parametrize(
    ("question", "expected", "article_word"),
    [
        ("Why does Bienert call for a moonshot programme?", "Programm", "Moonshot-Programm"),
        ("What does Bienert say about motorways?", "Autobahnen", "Autobahnen"),
        ("Should AI be state-funded infrastructure?", "Infrastruktur", "Infrastrukturkomponente"),
        ("Should AI be state-funded infrastructure?", "finanziert", "finanzierte"),
        ("Was the money spent on a scattershot basis?", "Gießkannenprinzip", "Gießkannenprinzip"),
        ("Does Europe lack computing capacity?", "Rechenkapazität", "Rechenkapazität"),
        ("Which role does AI play for productivity?", "KI", "KI-Modelle"),
        (
            "Which role does AI play for productivity?",
            "Produktivität",
            "Produktivitätssteigerungen",
        ),
        ("Are punitive tariffs a problem?", "Strafzölle", "Strafzölle"),
    ],
)
def test_english_questions_get_the_german_words_of_the_article(
    translator: QueryTranslator, question: str, expected: str, article_word: str
) -> None:
    assert article_word in SEED.read_text(encoding="utf-8")
    assert expected in translator.run(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Wie viele Menschen sterben in Europa jedes Jahr an Hitze?", "heat"),
        ("Was bedeutet Hitze für die Gesundheit?", "health"),
        ("Was sagt Kemfert zur Atomkraft?", "nuclear"),
        ("Warum fordert Bienert ein Moonshot-Programm?", "programme"),
    ],
)
def test_german_questions_get_english_terms(
    translator: QueryTranslator, question: str, expected: str
) -> None:
    terms = translator.run(question)
    assert expected in terms
    # Question words, verbs of asking and function words are not translated.
    assert not {"why", "what", "how", "says", "say", "the"} & {t.lower() for t in terms}


def test_a_german_questions_words_are_found_in_an_english_turn(
    encoders, translator: QueryTranslator
) -> None:
    """A German question asked of an English interview: its content words carry their
    English translations, so the reranker and the answerer see that the turn speaks of
    what is asked."""
    analyzer = QueryAnalyzer(encoders, translator=translator, interviewers=frozenset())
    query = analyzer.run("Was sagt sie über die Hitze in den Städten?")
    english = Mentions(["Heat kills more people in cities than floods do."])
    mentioned = [bool(english.of(" ".join(concept))) for concept in query.concepts]
    assert mentioned == [True, True]


def test_german_words_get_their_main_english_sense(translator: QueryTranslator) -> None:
    # Ding: "Hitze {f} | glühende Hitze ... :: heat | blistering heat ...", "Hitze :: hotness".
    assert translator.alternatives("Hitze", language="de")[0][0] == "heat"
    assert "health" in translator.alternatives("Gesundheit", language="de")[0]
    # A noun typed in lower case is still found.
    assert "heat" in translator.run("hitze", language="de")


def test_an_inflected_word_takes_the_key_it_is_most_like(translator: QueryTranslator) -> None:
    # "Inneren" is no key of Ding; its stem "inn" is the river Inn's as well as the inside's
    # ("Innere {n}; Inneres :: inside; interior"). Taken for the river, it made a German
    # question about the inside of a stone name a place no article mentions.
    (inside,) = translator.alternatives("Inneren", language="de")
    assert "inside" in inside
    assert "Inn" not in inside
    assert "Inn" in translator.alternatives("Inn", language="de")[0]


def test_a_compound_ding_lacks_is_translated_by_its_parts(translator: QueryTranslator) -> None:
    # "Zapfrechte" is no key of Ding; "Rechte" (rights) and "Zapf(en)" (to tap) are. The
    # head comes first: it says what the compound is.
    head, modifier = translator.alternatives("Zapfrechte", language="de")
    assert "rights" in head
    assert "tap" in modifier
    # A linking "s" is no part of the modifier: "Vereinsgarten" is a club's garden.
    assert translator.alternatives("Vereinsgarten", language="de")[1][:3] == (
        "association",
        "society",
        "club",
    )


def test_a_name_is_not_split_into_words_it_merely_ends_in(translator: QueryTranslator) -> None:
    # "Kessingforder" ends in "Order", but "Kessingf" is no word: a place's adjective.
    assert translator.alternatives("Kessingforder", language="de") == []


def test_an_impersonal_verb_is_found_without_its_es(translator: QueryTranslator) -> None:
    # Ding: "kosten {vi} [fin.] | ... | es kostet :: to cost | ... | it costs"; without the
    # "es", "kostet" had only the senses of tasting.
    assert "costs" in translator.alternatives("kostet", language="de")[0]


def test_the_words_before_an_english_word_tell_its_german_noun_from_its_verb(
    translator: QueryTranslator,
) -> None:
    # German capitalises nouns: after "its" (and an adjective) "grant" is the noun, which
    # Ding's verbs ("zugute halten") otherwise come before.
    assert translator.alternatives("grant", language="en")[0][0][:1].islower()
    *_, noun = translator.alternatives("What is its yearly grant?", language="en")
    assert noun[0][:1].isupper()
    # After "to", "support" is the verb ("stützen"), not the noun Ding lists first.
    assert translator.alternatives("support", language="en")[0][0][:1].isupper()
    (verb,) = translator.alternatives("to support", language="en")
    assert verb[0][:1].islower()


def test_a_known_language_skips_detection(translator: QueryTranslator) -> None:
    # One word is too little to detect a language: "programme" reads as German.
    assert "Programm" not in translator.run("programme")
    assert "Programm" in translator.run("programme", language="en")
    assert "Autobahnen" not in translator.run("motorways", language="de")


def test_stop_words_and_question_verbs_are_not_translated(translator: QueryTranslator) -> None:
    assert translator.run("What does he say about it, and what does she think?") == []


def test_case_tells_a_country_from_porcelain(translator: QueryTranslator) -> None:
    country = translator.run("Why is China ahead?")
    assert "China" in country
    assert "Porzellan" not in country
    assert "Porzellan" in translator.run("They ate from fine china plates.")


def test_phrases_win_over_their_words(translator: QueryTranslator) -> None:
    terms = translator.run("Does Europe have enough computing capacity?")
    assert "Rechenkapazität" in terms
    # "computing" alone would have added its own translations (e.g. "Rechnen").
    assert "Rechnen" not in terms


def test_expansions_per_phrase_are_capped(corpus_settings: Settings) -> None:
    one = QueryTranslator.load(
        corpus_settings.dictionary, cache_dir=corpus_settings.cache_dir, max_per_phrase=1
    )
    assert len(one.run("race", language="en")) == 1
    three = QueryTranslator.load(
        corpus_settings.dictionary, cache_dir=corpus_settings.cache_dir, max_per_phrase=3
    )
    assert 1 < len(three.run("race", language="en")) <= 3 * 3
    with pytest.raises(ValueError):
        QueryTranslator.load(corpus_settings.dictionary, max_per_phrase=0)


def test_translation_lets_english_questions_find_german_turns(
    translator: QueryTranslator, seed_index: BM25Index
) -> None:
    question = "What are motorways compared with?"
    assert f"{SEED_ID}#t09" not in [doc for doc, _ in seed_index.search(question, k=1)]
    widened = " ".join([question, *translator.run(question)])
    assert seed_index.search(widened, k=1)[0][0] == f"{SEED_ID}#t09"


def test_alternatives_group_the_terms_by_english_phrase(translator: QueryTranslator) -> None:
    question = "Was the state-funded motorway programme scattershot?"
    groups = translator.alternatives(question)
    assert ("Autobahn",) in groups
    assert any("Gießkannenprinzip" in group for group in groups)
    assert [word for group in groups for word in group] == translator.run(question)
    assert translator.alternatives("Warum Autobahnen?")[0][0] == "motorways"


def test_grouped_translations_find_the_german_turn(
    translator: QueryTranslator, seed_index: BM25Index
) -> None:
    question = "Why does Bienert compare digital infrastructure with motorways?"
    groups = translator.alternatives(question)
    assert seed_index.search(question, k=1, alternatives=groups)[0][0] == f"{SEED_ID}#t09"


def test_a_missing_dictionary_names_the_package(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="apt-get install trans-de-en"):
        QueryTranslator.load(tmp_path / "de-en")


SMALL_DING = """\
# Version :: test
Autobahn {f} /A/ | Autobahnen {pl} :: motorway /M/ [Br.]; freeway [Am.] | motorways; freeways
Fassungsvermögen {n}; Kapazität {f}; Inhalt {m} :: capacity; holding capacity
Rechenkapazität {f} :: computing capacity
von jdm./etw. abhängen; auf jdn./etw. ankommen {vi} :: to depend on sb./sth.
Aal {m} [zool.] :: eel
Seeaal {m} :: eel
Biber {m} [zool.] :: beaver
Bär {m} [slang] :: beaver [slang]
künstliche Intelligenz {f} /KI/ :: artificial intelligence /AI/
"""


def test_parse_aligns_sections_strips_annotations_and_ranks() -> None:
    table = parse_ding(SMALL_DING.splitlines())["en"]
    assert table["motorway"] == ["Autobahn"]
    assert table["motorways"] == ["Autobahnen"]  # the plural section maps to the plural
    assert table["freeway"] == ["Autobahn"]
    assert table["capacity"][0] == "Fassungsvermögen"  # first synonym first
    assert table["computing capacity"] == ["Rechenkapazität"]
    assert set(table["depend on"]) == {"von abhängen", "auf ankommen"}  # no "jdm./etw."
    assert "depend" in table  # the phrasal verb also answers to its verb
    assert table["eel"] == ["Seeaal", "Aal"]  # specialist entries last
    assert table["beaver"] == ["Biber", "Bär"]  # slang behind even a specialist sense
    assert table["AI"] == ["KI"]
    assert table["ai"] == ["KI"]


def test_parse_gives_the_german_to_english_side_too() -> None:
    table = parse_ding(SMALL_DING.splitlines())["de"]
    assert table["Autobahn"] == ["motorway", "freeway"]
    assert table["Autobahnen"] == ["motorways", "freeways"]
    assert table["Rechenkapazität"] == ["computing capacity"]
    assert table["von abhängen"] == ["depend on"]  # no "jdm./etw.", no "to", no "sb./sth."
    assert table["KI"] == ["AI"]


def test_the_cache_is_reused_and_follows_the_dictionary(tmp_path: Path) -> None:
    dictionary = tmp_path / "de-en"
    dictionary.write_text(SMALL_DING, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    first = QueryTranslator.load(dictionary, cache_dir=cache_dir)
    assert first.run("motorways", language="en") == ["Autobahnen"]
    (cache,) = cache_dir.glob("ding-*.sqlite3")
    with sqlite3.connect(cache) as connection:
        assert connection.execute("SELECT count(*) FROM phrases").fetchone()[0] > 5
    modified = cache.stat().st_mtime_ns
    again = QueryTranslator.load(dictionary, cache_dir=cache_dir)
    assert again.run("motorways", language="en") == ["Autobahnen"]
    assert cache.stat().st_mtime_ns == modified  # opened, not rebuilt

    # A changed dictionary gets a cache of its own.
    dictionary.write_text(SMALL_DING + "Straße {f} :: road\n", encoding="utf-8")
    changed = QueryTranslator.load(dictionary, cache_dir=cache_dir)
    assert changed.run("road", language="en") == ["Straße"]
    assert len(list(cache_dir.glob("ding-*.sqlite3"))) == 2

    # A damaged cache is rebuilt, not trusted.
    cache.write_bytes(b"not a database")
    dictionary.write_text(SMALL_DING, encoding="utf-8")
    assert QueryTranslator.load(dictionary, cache_dir=cache_dir).run(
        "motorways", language="en"
    ) == ["Autobahnen"]


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    dictionary = tmp_path / "de-en"
    dictionary.write_text(SMALL_DING, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    loaded = QueryTranslator.load(dictionary, cache_dir=blocker / "cache")
    assert loaded.run("motorways", language="en") == ["Autobahnen"]


def test_two_writers_of_the_cache_each_write_aside_under_a_name_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two saves of the cache at once (two loads where no lock could be taken beside it):
    neither may write, delete or rename the file the other is still writing."""
    from assistant.search.translation import DingTable

    tables = parse_ding(SMALL_DING.splitlines())
    both_writing = threading.Barrier(2, timeout=30)
    targets: list[str] = []
    create = DingTable.create.__func__  # type: ignore[attr-defined]

    def create_together(cls, target: str, tables, digest: str):
        if target != ":memory:":
            targets.append(target)
            both_writing.wait()
        return create(cls, target, tables, digest)

    monkeypatch.setattr(DingTable, "create", classmethod(create_together))
    cache = tmp_path / "c" / "ding-test-v1.sqlite3"
    with ThreadPoolExecutor(2) as pool:
        saves = [pool.submit(DingTable.save, cache, tables, "0" * 64) for _ in "ab"]
        saved = [save.result() for save in saves]
    assert len(set(targets)) == 2
    for table in saved:
        assert table.phrases("en", "motorways") == ("Autobahnen",)
    assert [p.suffix for p in (tmp_path / "c").iterdir()] == [".sqlite3"]


def test_loads_that_find_no_cache_at_once_parse_the_dictionary_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The suite's two workers (or a server and a command) start at once: one parses, the
    other waits for its file instead of spending a core on the same parse."""
    import assistant.search.translation as translation

    dictionary = tmp_path / "de-en"
    dictionary.write_text(SMALL_DING, encoding="utf-8")
    parses: list[int] = []
    parse = translation._parse

    def slow_parse(data: bytes):
        parses.append(threading.get_ident())
        time.sleep(1.0)  # a real parse takes half a minute: both loads are under way by now
        return parse(data)

    monkeypatch.setattr(translation, "_parse", slow_parse)
    with ThreadPoolExecutor(2) as pool:
        loads = [
            pool.submit(QueryTranslator.load, dictionary, cache_dir=tmp_path / "c") for _ in "ab"
        ]
        translators = [load.result() for load in loads]
    assert len(parses) == 1
    for translator in translators:
        assert translator.run("motorways", language="en") == ["Autobahnen"]
    assert not list((tmp_path / "c").glob("*.partial"))


def test_a_words_translations_the_corpus_holds_come_first(translator: QueryTranslator) -> None:
    """Of Ding's senses of "blast" ("Tuten", "Blasen", "Wind" … "sprengen"), the three a
    question keeps are the first ones; over a quarry's interview that says "sprengen", that
    sense goes first, and a corpus that holds none of them changes nothing."""
    question = "How often do they blast in the quarry?"
    groups = translator.alternatives(question, language="en")
    at = next(i for i, group in enumerate(groups) if "Wind" in group)
    assert "sprengen" not in groups[at]
    quarry = BM25Index.build(["q#t01"], ["Wir sprengen zweimal in der Woche, dienstags."])
    held = translator.alternatives(question, language="en", held=quarry.held)
    assert held[at][0] == "sprengen" and len(held[at]) == len(groups[at])
    empty = BM25Index.build(["e#t01"], ["Nichts davon."])
    assert translator.alternatives(question, language="en", held=empty.held) == (
        translator.alternatives(question, language="en")
    )


def test_a_phrase_counts_as_held_only_when_the_corpus_holds_every_word_of_it() -> None:
    from assistant.search.translation import _held_first

    held = BM25Index.build(["x#t01"], ["Wir lassen das Wasser im Winter ab."]).held
    # "lassen" alone does not make "verdorren lassen" a sense the text speaks of.
    assert _held_first([("Wind", "verdorren lassen", "Wasser")], "de", held) == [
        ["Wasser", "Wind", "verdorren lassen"]
    ]


def test_a_question_asks_the_index_about_each_term_once(
    translator: QueryTranslator, embedder
) -> None:
    """The question's phrases and then each of its words are translated with the corpus's
    terms; every term goes to the index once (on PostgreSQL each lookup is a query), and
    the answer is the same as asking each time."""
    quarry = BM25Index.build(["q#t01"], ["Wir sprengen zweimal in der Woche im Steinbruch."])
    asked: list[str] = []

    def recording(terms):
        asked.extend(terms)
        return quarry.held(terms)

    question = "How often do they blast in the quarry?"
    remembered = QueryAnalyzer(
        [embedder], translator=translator, interviewers=frozenset(), held_terms=recording
    ).run(question)
    assert asked and len(asked) == len(set(asked))
    fresh = QueryAnalyzer(
        [embedder], translator=translator, interviewers=frozenset(), held_terms=quarry.held
    ).run(question)
    assert (remembered.alternatives, remembered.concepts) == (fresh.alternatives, fresh.concepts)
    assert any(c[1] == "sprengen" for c in fresh.concepts if len(c) > 1)

#!/usr/bin/env python3
"""Keyword grep of every unanswerable question against all ten articles (review aid).

Prints each hit line so a human can confirm that no article answers the question."""
import pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from questions import UNANSWERABLE  # noqa: E402

KEYWORDS = {
    "At what temperature in degrees Fahrenheit": ["fahrenheit", "boil", "siede", "kocht"],
    "Wer hat die Oper": ["zauberfl", "mozart", "oper", "kompon"],
    "Who painted the Mona Lisa": ["mona", "lisa", "leonardo", "paint", "gemälde"],
    "Wie lang ist die Donau": ["donau", "danube", "fluss", "river"],
    "What is the capital city of Canada": ["canada", "kanada", "ottawa", "capital", "hauptstadt"],
    "How heavy does an adult lowland tapir": ["erwachsen", "wiegt", "wog", "kilo", "schwer", "gewicht", "tonnen"],
    "Wie viele Kalorien": ["kalorie", "kcal", "verbrenn", "verbrauch", "energie"],
    "How hard is opal": ["mohs", "hard", "härte", "soft"],
    "Wie alt kann ein Dromedar": ["alt ", "lebenserwartung", "jahre alt", "lebt", "leben"],
    "Which other towns in Germany": ["korso", "dahlie", "andere", "städte", "stadt"],
    "Wie viele Zuschauer": ["zuschauer", "besucher", "tribüne", "publikum", "gäste"],
    "How much did Callum Ridgewell's flight": ["flight", "travel", "£", "cost"],
    "Wie hoch ist der Jahresumsatz": ["umsatz", "million", "euro"],
    "How many litres of bubble": ["liter", "eimer", "wanne"],
    "In welchem Jahr wurde der Tierpark": ["gegründet", "gründung", "tierpark", "eröffnet"],
    "What does Edith Prendergast think about electric": ["electric", "car", "auto", "vehicle"],
    "Was hält Mira Sandhove": ["olymp", "olympia"],
    "What is Marlene Rautenbusch's view on artificial": ["künstlich", "intelligenz", " ki ", "artificial", "digital", "computer"],
    "Welchen Fußballverein": ["fußball", "football", "fan", "verein", "club"],
    "What does Benedikt Quast say about climate": ["klima", "climate", "umwelt", "wetter"],
    "Why did the Hallmersdorf flower parade run on a Saturday": ["samstag", "2009"],
    "Warum wurde der zuerst ausgesuchte Name": ["name", "verworfen"],
    "Why has the café": ["café", "cafe", "geschlossen"],
    "Warum ist Bridget Fanshawe 2011": ["2011", "high street", "harbour", "net loft", "moved"],
    "Why was the bonfire procession route": ["2019", "route", "seafront", "market square"],
    "Warum hat Callum Ridgewell im vergangenen Jahr": ["sponsor", "switched"],
}

arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "articles").glob("*.txt"))}
for lang, kind, q in UNANSWERABLE:
    kws = next(v for k, v in KEYWORDS.items() if q.startswith(k))
    print(f"\n=== ({kind}) {q}")
    for stem, text in arts.items():
        for line in text.splitlines():
            low = line.lower()
            hit = [k for k in kws if k in low]
            if hit:
                print(f"  {stem}: {hit}: {line[:160]}")

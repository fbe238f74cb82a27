#!/usr/bin/env python3
"""Writes a fixed corpus of LinkedIn-style drafts, English and Finnish, for src/bench/peers/peers.

Usage: gen_corpus.py OUT_DIR [COUNT]. The same seed gives the same files, byte for byte.
Drafts are 300 to 3,000 characters; about 60 % English (en/), 40 % Finnish (fi/).
"""
import os
import random
import sys

EN = [
    "I am excited to announce that our team shipped the new onboarding flow.",
    "In today's fast-paced world, leveraging synergies is really very important.",
    "We were told that the deadline was moved, which was obviously a surprise.",
    "Here is what I learned after ten years of hiring engineers.",
    "Most people never ask the one question that matters in an interview.",
    "The report was written by the committee and was approved by the board.",
    "Honestly, I think we should of started earlier, but its fine.",
    "Three things changed how I run meetings: an agenda, a timer, and a decision log.",
    "Agree? Thoughts? Drop a comment below and tag someone who needs this.",
    "Our customers didn't want more features; they wanted fewer steps.",
    "It is important to note that the results may vary depending on many factors.",
    "I spoke with a nurse last week who works two jobs to pay for her daughter's school.",
]
FI = [
    "Olen iloinen voidessani kertoa, että tiimimme julkaisi uuden version.",
    "Nykypäivän nopeatempoisessa maailmassa synergioiden hyödyntäminen on todella tärkeää.",
    "Meille kerrottiin, että aikataulu siirtyi, mikä oli tietysti yllätys.",
    "Tässä on mitä opin kymmenen vuoden aikana insinöörien rekrytoinnista.",
    "Useimmat eivät koskaan kysy sitä yhtä kysymystä, jolla on merkitystä.",
    "Raportti kirjoitettiin toimikunnassa ja hallitus hyväksyi sen.",
    "Kolme asiaa muutti tapaani vetää kokouksia: asialista, ajastin ja päätösloki.",
    "Samaa mieltä? Kommentoi alle ja merkitse joku, joka tarvitsee tätä.",
    "Asiakkaamme eivät halunneet lisää ominaisuuksia vaan vähemmän vaiheita.",
    "On tärkeää huomata, että tulokset voivat vaihdella monista tekijöistä riippuen.",
    "Juttelin viime viikolla sairaanhoitajan kanssa, joka tekee kahta työtä.",
]


def draft(rng, sentences):
    target = rng.randint(300, 3000)
    paragraphs, text = [], ""
    while True:
        para = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
        candidate = (text + "\n\n" + para) if text else para
        if len(candidate) > target:
            break
        text = candidate
    while len(text) < 300:
        text += " " + rng.choice(sentences)
    return text[:3000].rstrip() + "\n"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(20261127)
    for lang in ("en", "fi"):
        os.makedirs(os.path.join(out, lang), exist_ok=True)
    for i in range(count):
        lang = "en" if rng.random() < 0.6 else "fi"
        text = draft(rng, EN if lang == "en" else FI)
        with open(os.path.join(out, lang, "draft-%04d.txt" % i), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

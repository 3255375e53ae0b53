"""The date words :mod:`.timex` reads, as patterns, and the words each pattern cannot match without.

Every sentence of a document is searched for dates (a later sentence's "that day" counts from
an earlier one's), with some twenty patterns; most sentences hold no date word at all. A
pattern whose cue words are absent from the sentence cannot match there, so it is not run
(:func:`may_match`): the same dates, found for a fraction of the cost.
"""

from __future__ import annotations

import calendar
import re

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|2[01]\d\d)"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": 3, "few": 3,
}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
COUNT_PHRASES = {"a couple of": 2}  # "a couple of days ago"
EXACT_NUMBER_WORDS = tuple(w for w in NUMBER_WORDS if w not in ("several", "few"))  # a count a day is told by

# Nouns an ordinal counts that are no day of the month ("the 19th district", "the 3rd
# battalion", "the 20th century", "the 5th day of protests").
ORDINAL_NOUNS = ("district|battalion|brigade|division|regiment|corps|army|century|floor|street"
                 "|avenue|arrondissement|anniversary|round|time|amendment|congress|session"
                 "|edition|birthday|term|day|week|month|year|place|consecutive|straight")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>" + YEAR_RE + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # a span of days in one month: "between 1 and 7 March", "8-9 March 2024", "March 3 to 5"
    ("day_range", re.compile(r"\b(?:(?i:between|from)\s+)?(?:the\s+)?(?P<d1>" + DAY_RE + r")\s*(?:and|to|-|–)\s*"
                             r"(?:the\s+)?(?P<d>" + DAY_RE + r")\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r")"
                             r"(?:,?\s+(?P<y>" + YEAR_RE + r"))?\b"
                             r"|\b(?:(?i:between|from)\s+)?(?P<mon2>" + MONTH_RE + r")\s+(?P<e1>" + DAY_RE
                             + r")\s*(?:and|to|-|–)\s*(?P<e2>" + DAY_RE + r")\b(?:,?\s+(?P<y2>" + YEAR_RE
                             + r")\b)?(?!\s*,?\s*\d)")),
    ("mdy", re.compile(r"\b(?P<mon>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r"),?\s+(?P<y>"
                       + YEAR_RE + r")\b")),
    ("dmy", re.compile(r"\b(?P<d>" + DAY_RE + r")\s+(?:of\s+)?(?P<mon>" + MONTH_RE
                       + r"),?\s+(?P<y>" + YEAR_RE + r")\b")),
    # "on December 8 last year", "8 March this year": the day in the year the words name
    ("md_rel_year", re.compile(r"\b(?:(?P<mon>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r")|(?P<d2>" + DAY_RE
                               + r")\s+(?:of\s+)?(?P<mon2>" + MONTH_RE + r"))"
                               r",?\s+(?P<rel>(?i:last|this|next))\s+year\b")),
    ("md", re.compile(r"\b(?P<mon>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r")\b(?!\s*,?\s*\d)")),
    ("dm", re.compile(r"\b(?P<d>" + DAY_RE + r")\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r")\b")),
    ("my", re.compile(r"\b(?P<mon>" + MONTH_RE + r"),?\s+(?P<y>" + YEAR_RE + r")\b")),
    ("ago", re.compile(r"\b(?P<n>\d+|a\s+couple\s+of|" + "|".join(NUMBER_WORDS) + r")\s+"
                       r"(?P<unit>day|week|fortnight|month|year)s?"
                       r"\s+ago\b", re.I)),
    ("since_day", re.compile(r"\bsince\s+the\s+(?P<d>" + DAY_RE + r")\b")),
    ("since_mon", re.compile(r"\bsince\s+(?P<mon>" + MONTH_RE + r")\b(?!\s+\d)")),
    # "on the 20th", not "the 19th district" or "the 3rd battalion" (an ordinal before a noun),
    # nor "the 18th Brigade", "the 3rd Infantry Division" (before a name)
    ("the_day", re.compile(r"\b(?:on\s+)?the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
                           r"(?!\s+(?:(?i:" + ORDINAL_NOUNS + r")s?\b|[A-Z]))")),
    # a day told by the story before it: "earlier that day", "the next day" (read in find_dates)
    ("that_day", re.compile(r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+"
                            r"(?:day|morning|afternoon|evening|night)\b"
                            r"|\bthe\s+(?:next|following|previous)\s+(?:day|morning|evening|night)\b"
                            r"|\bthe\s+(?:following|previous|same)\s+week\b"  # (not "the next week": to come)
                            r"|\bthe\s+(?:day|night)\s+before\b(?=\s*(?:[,.;:!?)\u201d\"]|$))"
                            # "two days later", "a day earlier", "hours later": counted from it;
                            # "seconds later", "shortly afterwards": the same day's next moment
                            r"|\b(?:(?:" + "|".join(EXACT_NUMBER_WORDS) + r"|\d{1,2})\s+"
                            r"(?:day|week)s?|(?:a\s+few\s+|several\s+|\d{1,3}\s+)?hours)\s+"
                            r"(?:later|earlier|afterwards?)\b"
                            r"|\b(?:(?:a\s+few\s+|several\s+|\d{1,3}\s+)?(?:minutes|seconds|moments)\s+later"
                            r"|(?:shortly|soon)\s+afterwards?)\b", re.I)),
    # a month or a year told by the story before it: "the following month", "a year later"
    ("that_month", re.compile(r"\bthe\s+(?:following|previous|same)\s+(?:month|year)\b"
                              r"|\b(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:month|year)s?\s+(?:later|earlier)\b",
                              re.I)),
    # ("the day before the election" counts from the election, which this does not read)
    # "Last Friday, ..."; "Thursday last week": the Thursday of the week the words name
    ("weekday", re.compile(r"\b(?:(?i:on|last|this|next)\s+)?(?P<wd>" + WEEKDAY_RE + r")\b"
                           r"(?:\s+(?:of\s+)?(?P<wk>(?i:last|this|next))\s+week\b(?!['\u2019]s))?")),
    # "in April last year", "June next year": the month of the year the words name
    ("mon_rel_year", re.compile(r"\b(?:(?i:in|on|from|during|until|by|early|late|mid-?)(?:\s+|(?<=-)))?"
                                r"(?P<mon>" + MONTH_RE + r")\s+(?P<rel>(?i:last|this|next))\s+year\b")),
    # "overnight": the night before the day of telling; "over the weekend", "last weekend"
    ("night_weekend", re.compile(r"\b(?P<rel>overnight(?!\s+(?:on\s+|into\s+)?" + WEEKDAY_RE + r")(?!\s+curfew)|"
                                 r"(?:over|at|on)\s+the\s+weekend|"
                                 r"(?:last|this|past)\s+weekend|this\s+past\s+weekend)\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>the day before yesterday|the day after tomorrow|yesterday|today|tonight|"
                       r"last night|this morning|this afternoon|this evening|tomorrow|"
                       r"next week|next month|next year|"
                       r"last week|this week|last month|this month|last year|this year|"
                       r"earlier this month|earlier this year|earlier this week|"
                       r"later this week|later this month|later this year)\b", re.I)),
    ("year", re.compile(r"\b(?P<prep>in|since|by|until|till|of|from|during|early|late|mid-?)(?:\s+|(?<=-))"
                        r"(?:early\s+|late\s+|mid-)?(?P<y>" + YEAR_RE + r")\b(?!\s*[-–]?\s*\d)", re.I)),
    ("mon", re.compile(r"\b(?i:in|on|from|during|until|by|early|late|mid-?|(?:at|towards?)\s+the\s+(?:end|start|"
                       r"beginning)\s+of)(?:\s+|(?<=-))(?:early\s+|late\s+|mid-)?"
                       r"(?P<mon>" + MONTH_RE + r")\b(?!\s+\d)")),
    ("last_mon", re.compile(r"\b(?P<rel>(?i:last|this|past))\s+(?P<mon>" + MONTH_RE + r")\b(?!\s+\d)")),
    # a date before the noun it dates: "the 2019 bombing", "a deadly January attack"
    ("year_attr", re.compile(r"(?:\b|(?<=\w))(?P<prep>(?i:the|a|an|its|their|his|her)|['\u2019]s)"
                             r"\s+(?:[a-z]+\s+)?(?P<y>" + YEAR_RE + r")(?=\s+[A-Za-z])")),
    # ("Boko Haram's 2014 abduction", "the 2015 Ankara bombing")
    ("mon_attr", re.compile(r"\b(?i:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+)?(?P<mon>"
                            + MONTH_RE + r")(?=\s+[a-z])")),
]
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}  # "in April last year", "on December 8 next year"
# Expressions that name a moment outright rank above deictic ones ("today" in a quote
# is the day the speaker spoke, which the sentence usually names).
EXPLICIT = {"iso", "mdy", "dmy", "md", "dm", "my", "day_range", "since_day", "since_mon", "the_day", "that_day",
            "that_month", "year", "mon", "year_attr", "mon_attr", "last_mon", "mon_rel_year", "md_rel_year"}
RANK = {name: i for i, (name, _) in enumerate(PATTERNS)}

# Words one of which every match holds, per pattern (the groups of a pattern must all be met).
MONTH_CUES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # (every
# name and abbreviation in MONTH_RE begins with one, in its capitals)
YEAR_CUES = ("18", "19", "20", "21")  # YEAR_RE's first two digits
ORDINAL_CUES = tuple(d + s for s in ("th", "st", "nd", "rd") for d in "0123456789")  # "5th", "21st"
PART_OF_DAY = ("day", "night", "morning", "afternoon", "evening")
CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (YEAR_CUES, ("-",)),
    "day_range": (MONTH_CUES,),
    "mdy": (MONTH_CUES, YEAR_CUES),
    "dmy": (MONTH_CUES, YEAR_CUES),
    "md_rel_year": (("year",), MONTH_CUES),
    "md": (MONTH_CUES,),
    "dm": (MONTH_CUES,),
    "my": (MONTH_CUES, YEAR_CUES),
    "ago": (("ago",),),
    "since_day": (("since",),),
    "since_mon": (("since",), MONTH_CUES),
    "the_day": (ORDINAL_CUES,),
    "that_day": ((*PART_OF_DAY, "week", "hour", "minute", "second", "moment", "afterward"),),
    "that_month": (("month", "year"),),
    "weekday": (("day",),),
    "mon_rel_year": (("year",), MONTH_CUES),
    "night_weekend": (("overnight", "weekend"),),
    "rel": ((*PART_OF_DAY, "tomorrow", "week", "month", "year"),),
    "year": (YEAR_CUES,),
    "mon": (MONTH_CUES,),
    "last_mon": (MONTH_CUES,),
    "year_attr": (YEAR_CUES,),
    "mon_attr": (MONTH_CUES,),
}


# (each group as one search: a regular expression of literal words scans the text once)
CUE_SEARCHES = {kind: tuple(re.compile("|".join(map(re.escape, group))) for group in groups)
                for kind, groups in CUES.items()}


def may_match(kind: str, pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """Every cue group of the pattern has a word in the text (in ``lowered``, the text in
    lower case, for a pattern that ignores case)."""
    seen = lowered if pattern.flags & re.IGNORECASE else text
    for search in CUE_SEARCHES[kind]:
        if search.search(seen) is None:
            return False
    return True

#!/usr/bin/env python3
"""Outside check of the CLI exports of Helpline Logbook (issue #4), standard library only.

1. Generates a fresh random contacts CSV (own seed, own distributions, many edge cases).
2. Creates a new logbook in a temporary folder, imports the CSV, runs `report` for several periods, two
   campaigns and three formats.
3. Recomputes every published figure in Python from the generated CSV and compares it exactly with the exports
   (exact and default disclosure control, plus a stricter policy), checks the CSV contract (header, row order,
   meta rows) and searches every export (CSV, XLSX XML, PDF text and raw bytes) for note text, codewords, the
   staff username, the password, the recovery key and dates finer than the period.

Usage:  python3 docs/outside-check/make_and_check.py [--seed N] [--jar target/helpline-logbook.jar] [--keep]
Exit status 0 when every check passed, 1 otherwise.
"""

import argparse
import csv
import io
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
USER = "mgr_quillfeather"
PASSWORD = "outside check: lantern moss orbit 7731"

# --------------------------------------------------------------------------------------------------------------
# Taxonomy (read from the seed file the logbook is created from)
# --------------------------------------------------------------------------------------------------------------


def load_taxonomy():
    codes = defaultdict(list)
    group_of, is_data = {}, {}
    labels = {}
    with open(os.path.join(REPO, "seeds", "taxonomy.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes[row["dimension"]].append(row["code"])
            labels[(row["dimension"], row["code"])] = row["label"]
            if row["dimension"] == "caller_type":
                group_of[row["code"]] = row["group"]
                is_data[row["code"]] = row["counts_as_data"] == "true"
    return codes, group_of, is_data, labels


TAX, GROUP_OF, IS_DATA, LABEL = load_taxonomy()
DATA_TYPES = [c for c in TAX["caller_type"] if IS_DATA[c]]
NON_DATA_TYPES = [c for c in TAX["caller_type"] if not IS_DATA[c]]

# --------------------------------------------------------------------------------------------------------------
# Generation: own distributions (deliberately unlike seeds/demo.properties)
# --------------------------------------------------------------------------------------------------------------

W_CHANNEL = {"phone": 48, "chat": 37, "email": 15}
W_DATA_TYPE = {"at_risk": 14, "offended_online": 22, "offended_contact": 6, "arrested": 12, "family_friend": 18,
               "parent_of_child": 9, "child_may_be_abused": 4, "professional": 7, "survivor": 5, "other": 3}
W_NON_DATA = {"silent": 25, "hang_up": 45, "hoax": 12, "abusive": 8, "wrong_number": 10}
W_TOPIC = {"indecent_images": 22, "online_grooming": 9, "indecent_communication": 11, "sexual_thoughts": 7,
           "contact_abuse": 9, "pornography_escalation": 6, "child_harmful_behaviour": 3, "arrest_consequences": 18,
           "telling_family": 12, "safety_planning": 5, "mental_health": 16, "other": 2}
W_OUTCOME = {"information_given": 20, "concerns_clarified": 14, "protective_actions_agreed": 9,
             "self_help_signposted": 24, "follow_up_service": 16, "referred_other_agency": 4,
             "safeguarding_disclosure": 3, "callback_arranged": 9, "caller_ended": 7, "no_further_action": 2}
# advert_outdoor never happens outside the campaign windows: it must come out as 0, not be dropped
W_SOURCE = {"advert_social_media": 9, "advert_search": 4, "internet_search": 26, "police": 21, "professional": 8,
            "website_warning": 7, "family_friend": 6, "news_media": 3, "other": 2, "not_asked": 14}
W_SOURCE_CAMPAIGN = dict(W_SOURCE, advert_social_media=30, advert_outdoor=8, advert_search=12)

NOTE_WORDS = ["caller", "talked", "through", "worries", "about", "routines", "evenings", "felt", "calmer", "after",
              "plan", "agreed", "steps", "reflected", "on", "triggers", "family", "support", "next", "time",
              "quiet", "walk", "journal", "kettle", "garden", "music", "breathing", "slowly"]
# made-up marker words, one per note, so a leak of any note is found by a plain search
MARKER_SYLLABLES = ["quor", "plim", "zeb", "vant", "mork", "trel", "oss", "fand", "lumb", "grib", "wex", "nald"]
CODE_WORDS = ["heron", "birch", "copper", "lantern", "thistle", "marram", "kestrel", "otter", "basalt", "willow",
              "sorrel", "harbour", "fenland", "larch", "puffin", "shingle", "bracken", "tarn", "corrie", "loch"]


def pick(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def pick_several(rng, weights, n):
    keys = [k for k in weights if weights[k] > 0]
    chosen = []
    while len(chosen) < n:
        k = rng.choices(keys, weights=[weights[x] for x in keys])[0]
        if k not in chosen:
            chosen.append(k)
    return chosen


def clock_change(naive):
    """'gap' for a local time that did not exist in Europe/London (the clocks went forward), 'fold' for one that
    happened twice (the clocks went back), None otherwise."""
    first, second = naive.replace(tzinfo=LONDON, fold=0), naive.replace(tzinfo=LONDON, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    back = first.astimezone(timezone.utc).astimezone(LONDON).replace(tzinfo=None)
    return "fold" if back == naive else "gap"


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = []
        self.gap_times = []  # local times that did not exist: the import must refuse them (a separate bad file)
        self.codewords = [f"{a}-{b}" for a in CODE_WORDS for b in CODE_WORDS if a != b]
        self.rng.shuffle(self.codewords)
        self.codewords = self.codewords[:90]
        self.notes = []

    def note(self):
        rng = self.rng
        if rng.random() < 0.55:
            return ""
        marker = "".join(rng.sample(MARKER_SYLLABLES, 3)) + "ine"
        words = rng.sample(NOTE_WORDS, rng.randint(4, 9))
        text = " ".join(words).capitalize() + f", {marker} noted."
        r = rng.random()
        if r < 0.1:
            text += "\nSecond line: " + " ".join(rng.sample(NOTE_WORDS, 4)) + "."
        elif r < 0.2:
            text = 'Said "' + " ".join(rng.sample(NOTE_WORDS, 3)) + '"; ' + text
        elif r < 0.25:
            text = "- " + text  # would be a formula in a spreadsheet
        self.notes.append((marker, text))
        return text

    def contact(self, local_dt, caller_type=None, channel=None, data_share=0.77, source_weights=W_SOURCE,
                codeword=None, seconds=None, source=None, topics=None):
        rng = self.rng
        if caller_type is None:
            caller_type = pick(rng, W_DATA_TYPE) if rng.random() < data_share else pick(rng, W_NON_DATA)
        data = IS_DATA[caller_type]
        started_at = local_dt.strftime("%Y-%m-%dT%H:%M:%S" if (seconds or rng.random() < 0.3) else "%Y-%m-%dT%H:%M")
        change = clock_change(local_dt)
        if change == "gap":
            self.gap_times.append(started_at)
            return None
        if change == "fold":
            # the import asks which of the two: the offset says it (+01:00 the first, Z the second, after 02:00 BST)
            started_at += rng.choice(["+01:00", "Z"])
        row = {
            "started_at": started_at,
            "duration_seconds": str(rng.choice([0, rng.randint(1, 40)]) if not data
                                    else rng.choice([0] + [int(rng.lognormvariate(6.3, 0.8)) for _ in range(12)])),
            "channel": channel or pick(rng, W_CHANNEL),
            "caller_type": caller_type,
            "topics": "", "outcome": "", "source": "", "notes": self.note() if data else "", "caller_code": "",
        }
        row["duration_seconds"] = str(min(int(row["duration_seconds"]), 86400))
        if data:
            if topics is None:
                topics = pick_several(rng, W_TOPIC, rng.choices([0, 1, 2, 3, 4], weights=[6, 40, 30, 16, 8])[0])
            sep = rng.choice([";", "; ", " ;"])
            row["topics"] = sep.join(topics)
            row["outcome"] = ";".join(pick_several(rng, W_OUTCOME, rng.choices([0, 1, 2, 3], weights=[5, 50, 35, 10])[0]))
            row["source"] = source or pick(rng, source_weights)
            if codeword is None and rng.random() < 0.22:
                codeword = rng.choice(self.codewords)
        if codeword:
            row["caller_code"] = codeword
        self.rows.append(row)
        return row

    def random_moment(self, day):
        rng = self.rng
        hour = rng.choices(range(24), weights=[2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 9, 9, 9, 9, 10, 11, 12, 12, 11, 9, 6, 3])[0]
        return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59))

    def span(self, first, last, per_day, **kw):
        d = first
        while d <= last:
            n = self.rng.choices(range(0, 2 * per_day(d) + 1))[0]
            for _ in range(n):
                self.contact(self.random_moment(d), **kw)
            d += timedelta(days=1)


def generate(seed):
    g = Generator(seed)
    rng = g.rng
    # Main span Sept 2025 - 20 Nov 2026, ~7 a day, busier in winter; October 2026 handled apart
    def rate(d):
        return 8 if d.month in (11, 12, 1, 2) else 6
    g.span(date(2025, 9, 1), date(2026, 9, 30), rate)
    g.span(date(2026, 11, 1), date(2026, 11, 20), rate)
    # October 2026: caller types offended_contact, arrested, professional, survivor, other, hoax, abusive,
    # wrong_number are planted with known counts to hit the rounding edges (7 -> *, 8 -> 10, 13 -> 15,
    # 15 -> 20 and 25 -> 30 under --round-to 10, 0 stays 0)
    oct_data = {k: v for k, v in W_DATA_TYPE.items()
                if k not in ("offended_contact", "arrested", "professional", "survivor", "other")}
    d = date(2026, 10, 1)
    while d <= date(2026, 10, 31):
        for _ in range(rng.randint(2, 8)):
            ct = pick(rng, oct_data) if rng.random() < 0.8 else rng.choice(["silent", "hang_up"])
            g.contact(g.random_moment(d), caller_type=ct)
        d += timedelta(days=1)
    planted = {"offended_contact": 7, "survivor": 8, "arrested": 13, "professional": 15, "other": 25, "hoax": 1}
    for ct, n in planted.items():
        for _ in range(n):
            g.contact(g.random_moment(date(2026, 10, rng.randint(1, 31))), caller_type=ct)
    # repeated codewords within October 2026 (returning callers), one also in September and November
    for cw, times in (("kestrel-tarn", 3), ("puffin-larch", 2), ("otter-corrie", 4)):
        for _ in range(times):
            g.contact(g.random_moment(date(2026, 10, rng.randint(1, 31))), caller_type="at_risk", codeword=cw)
    g.contact(datetime(2026, 9, 12, 10, 0), caller_type="at_risk", codeword="otter-corrie")
    g.contact(datetime(2026, 11, 3, 10, 0), caller_type="at_risk", codeword="otter-corrie")
    # a codeword on non-data contacts (docs: codeword counts are over all contacts)
    g.contact(datetime(2026, 10, 14, 21, 5), caller_type="hang_up", codeword="otter-corrie")
    g.contact(datetime(2026, 10, 15, 21, 5), caller_type="silent", codeword="shingle-heron")

    # Edge cases (caller types chosen among the unplanted ones so October's planted counts stay exact)
    edge_types = ["at_risk", "family_friend", "offended_online", "silent", "hang_up"]
    edges = []
    m = date(2025, 9, 1)
    while m <= date(2026, 11, 1):
        nxt = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        edges += [datetime(m.year, m.month, 1, 0, 0), datetime(m.year, m.month, 1, 0, 0, 1),
                  datetime(m.year, m.month, 1, 0, 30), datetime(m.year, m.month, 1, 0, 59, 59)]
        last = nxt - timedelta(days=1)
        if nxt <= date(2026, 11, 1):
            edges += [datetime(last.year, last.month, last.day, 23, 0), datetime(last.year, last.month, last.day, 23, 30),
                      datetime(last.year, last.month, last.day, 23, 59), datetime(last.year, last.month, last.day, 23, 59, 59)]
        m = nxt
    # clock changes: 26 Oct 2025 (01:00-02:00 BST happens twice), 29 Mar 2026 (01:00-02:00 does not exist),
    # 25 Oct 2026 (01:00-02:00 twice)
    for day in (date(2025, 10, 26), date(2026, 3, 29), date(2026, 10, 25)):
        prev = day - timedelta(days=1)
        for h, mi in ((0, 0), (0, 30), (0, 59), (1, 0), (1, 30), (1, 59), (2, 0), (2, 30), (23, 59)):
            edges.append(datetime(day.year, day.month, day.day, h, mi))
        edges += [datetime(prev.year, prev.month, prev.day, 23, 30), datetime(prev.year, prev.month, prev.day, 23, 59)]
    for t in edges:
        for _ in range(rng.randint(1, 2)):
            g.contact(t, caller_type=rng.choice(edge_types), seconds=True)
    # data contact with no topics and one with every topic
    g.contact(datetime(2026, 10, 31, 23, 59, 58), caller_type="at_risk", topics=[], seconds=True)
    g.contact(datetime(2026, 10, 1, 0, 0, 2), caller_type="family_friend", topics=list(TAX["topic"]), seconds=True)

    # Campaign windows: "Stop It Now! 2023" (25 Sep - 22 Oct 2023, clock change 29 Oct 2023 in the after window)
    # and "#GetHelpOrGetCaught 2020" (6 Apr - 3 May 2020, GBP 55000; clock change 29 Mar 2020 in the before window)
    for start, end, lo, hi in ((date(2023, 9, 25), date(2023, 10, 22), date(2023, 8, 14), date(2023, 11, 30)),
                               (date(2020, 4, 6), date(2020, 5, 3), date(2020, 3, 1), date(2020, 6, 7))):
        def crate(d, start=start, end=end):
            return 7 if start <= d <= end else 3
        g.span(lo, start - timedelta(days=1), crate, data_share=0.8)
        g.span(start, end, crate, data_share=0.85, source_weights=W_SOURCE_CAMPAIGN)
        g.span(end + timedelta(days=1), hi, crate, data_share=0.8)
        for t in (datetime.combine(start, datetime.min.time()), datetime.combine(start, datetime.min.time()) - timedelta(minutes=1),
                  datetime.combine(end, datetime.min.time()) + timedelta(hours=23, minutes=59),
                  datetime.combine(end + timedelta(days=1), datetime.min.time()) + timedelta(minutes=20)):
            g.contact(t, caller_type="offended_online", seconds=True)
    for t in (datetime(2020, 3, 29, 0, 30), datetime(2020, 3, 29, 1, 30), datetime(2023, 10, 29, 1, 30)):
        g.contact(t, caller_type="arrested", seconds=True)

    # June 2024 holds one contact: its tables are hidden whole, zeros too (ADR 0004); no other contact that year
    g.contact(datetime(2024, 6, 12, 15, 20), caller_type="parent_of_child", channel="chat", source="police",
              topics=["online_grooming"], seconds=True)

    rng.shuffle(g.rows)  # import order must not matter
    return g


# --------------------------------------------------------------------------------------------------------------
# Expected figures
# --------------------------------------------------------------------------------------------------------------


def local_date(started_at):
    moment = datetime.fromisoformat(started_at.replace("Z", "+00:00"))
    if moment.tzinfo is None:  # a local time that happened once (the import refuses the others without an offset)
        moment = moment.replace(tzinfo=LONDON)
    return moment.astimezone(LONDON).date()


class Contact:
    def __init__(self, row):
        self.day = local_date(row["started_at"])
        self.type = row["caller_type"]
        self.data = IS_DATA[self.type]
        self.channel = row["channel"]
        self.topics = [t.strip() for t in row["topics"].split(";") if t.strip()]
        self.outcomes = [t.strip() for t in row["outcome"].split(";") if t.strip()]
        self.source = row["source"].strip() or None
        self.code = row["caller_code"].strip() or None
        self.seconds = int(row["duration_seconds"])


def summary(contacts, first, last):
    """Exact figures of the CSV contract for [first, last] as an ordered list of (dimension, category, count)."""
    cs = [c for c in contacts if first <= c.day <= last]
    data = [c for c in cs if c.data]
    out = [("total", "all", len(cs)), ("total", "data", len(data)), ("total", "non_data", len(cs) - len(data))]
    ch = Counter(c.channel for c in cs)
    out += [("channel", k, ch[k]) for k in TAX["channel"]]
    ct = Counter(c.type for c in cs)
    out += [("caller_type", k, ct[k]) for k in TAX["caller_type"]]
    tp = Counter(t for c in data for t in set(c.topics))
    out += [("topic", k, tp[k]) for k in TAX["topic"]]
    oc = Counter(o for c in data for o in set(c.outcomes))
    out += [("outcome", k, oc[k]) for k in TAX["outcome"]]
    sc = Counter(c.source for c in data)
    out += [("source", k, sc[k]) for k in TAX["source"]]
    gr = Counter(GROUP_OF[c.type] for c in cs)
    out += [("caller_group", k, gr[k]) for k in TAX["caller_group"]]
    out += [("caller_code", "with_code", sum(1 for c in cs if c.code)),
            ("caller_code", "distinct_codes", len({c.code for c in cs if c.code}))]
    return out


def published(n, below=8, base=5, exact=False):
    if exact or n == 0:
        return n
    if n < below:
        return None
    return (2 * n + base) // (2 * base) * base  # half-up


def cell(n, hidden=False, **policy):
    p = None if hidden else published(n, **policy)
    return "*" if p is None else str(p)


def hidden_more(n, got, **policy):
    """A * where the small-count rule alone would show a number: a figure hidden so that a small one cannot be
    worked out from the others (secondary suppression, docs/reports.md and ADR 0004), or a row of a table whose
    total is hidden that way. Never under --exact, and never a 0 (secondary suppression hides only non-zero
    figures; a 0 is hidden only with its whole table, which whole_tables works out)."""
    return not policy.get("exact") and got == "*" and n > 0 and published(n, **policy) is not None


def table_total(dimension, category):
    """The total whose table a figure is a row of: data contacts for topic, outcome and source, all contacts for
    every other figure but all contacts itself."""
    if (dimension, category) == ("total", "all"):
        return None
    return ("total", "data") if dimension in DATA_ONLY else ("total", "all")


def whole_tables(exp, hidden, **policy):
    """The figures hidden because their table's total is * (ADR 0004: a table whose total is * shows every figure
    as *, zeros too). Data contacts are a row of all contacts and the total of topic, outcome and source, so
    hiding cascades. {@code exp} maps (dimension, category) to true counts; {@code hidden} holds the figures hidden
    beyond the small-count rule."""
    if policy.get("exact"):
        return set()
    star = {k for k, n in exp.items() if k in hidden or published(n, **policy) is None}
    out, changed = set(), True
    while changed:
        changed = False
        for k in exp:
            t = table_total(*k)
            if t is not None and t in star and k not in star:
                star.add(k)
                out.add(k)
                changed = True
    return out


def policy_key(policy):
    return "exact" if policy.get("exact") else "below%d/round%d" % (policy.get("below", 8), policy.get("base", 5))


# (period label, policy key) -> the (dimension, category) figures its summary CSV hides beyond the small-count rule;
# the XLSX and PDF of the same period must hide the same ones
HIDDEN = {}


def java_round(x):  # Math.round: floor(x + 0.5)
    return int((Decimal(repr(x)) + Decimal("0.5")).to_integral_value(rounding="ROUND_FLOOR"))


def java_fmt1(x):  # String.format("%.1f") rounds HALF_UP on the shortest decimal form
    return str(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def percent(part, whole, **policy):
    return share(published(part, **policy), published(whole, **policy), policy.get("exact"))


def share(p, w, exact):
    """A share worked out from published figures (None for a *), as the CSV and PDF write it."""
    if p is None or w is None or w == 0:
        return "n/a"
    v = 100.0 * p / w
    return java_fmt1(v) + "%" if exact else f"{java_round(v)}%"


def fraction(p, w):
    """A share or change as the XLSX stores it: a number (a fraction) formatted as a percentage."""
    return "n/a" if p is None or w is None or w == 0 else f"{p / w:.10f}"


def stored_fraction(v):
    try:
        return f"{float(v):.10f}"
    except (TypeError, ValueError):
        return v


def change(now, before, **policy):
    n, b = published(now, **policy), published(before, **policy)
    if n is None or b is None or b == 0:
        return "n/a"
    v = 100.0 * (n - b) / b
    t = java_fmt1(v) + "%" if policy.get("exact") else f"{java_round(v)}%"
    return "+" + t if v > 0 else t


CAMPAIGNS = {"Stop It Now! 2023": (date(2023, 9, 25), date(2023, 10, 22), None),
             "#GetHelpOrGetCaught 2020": (date(2020, 4, 6), date(2020, 5, 3), Decimal("55000"))}


def campaign_expected(contacts, name, hidden=frozenset(), **policy):
    """Rows (campaign, phase, dimension, category, label, value) and meta; {@code hidden} holds the
    (phase, dimension, category) figures the export hides beyond the small-count rule."""
    start, end, cost = CAMPAIGNS[name]
    n = ((end - start).days + 1 + 6) // 7
    windows = [("before", start - timedelta(weeks=n), start - timedelta(days=1)), ("during", start, end),
               ("after", end + timedelta(days=1), end + timedelta(weeks=n))]
    data = [c for c in contacts if c.data]
    rows = []
    totals = {}
    for phase, a, b in windows:
        cs = [c for c in data if a <= c.day <= b]
        totals[phase] = (len(cs), (b - a).days + 1)
        # a window whose total is * shows every week and row as *, zeros too (ADR 0004)
        window_hidden = not policy.get("exact") and ((phase, "total", "data") in hidden
                                                      or published(len(cs), **policy) is None)

        def row(dimension, category, label, n):
            key = (phase, dimension, category)
            whole = window_hidden and dimension != "total"
            return (name, phase, dimension, category, label, cell(n, key in hidden or whole, **policy), n)
        rows.append(row("total", "data", f"Data contacts {a} to {b}", len(cs)))
        w = a
        while w <= b:
            we = min(w + timedelta(days=6), b)
            rows.append(row("week", w.isoformat(), f"Week {w} to {we}", sum(1 for c in cs if w <= c.day <= we)))
            w += timedelta(days=7)
        sc = Counter(c.source for c in cs)
        rows += [row("source", k, LABEL[("source", k)], sc[k]) for k in TAX["source"]]
        gc = Counter(GROUP_OF[c.type] for c in cs)
        rows += [row("caller_group", k, LABEL[("caller_group", k)], gc[k]) for k in TAX["caller_group"]]
    (bn, bd), (dn, dd) = totals["before"], totals["during"]
    pb = None if ("before", "total", "data") in hidden else published(bn, **policy)
    pd = None if ("during", "total", "data") in hidden else published(dn, **policy)
    mb = pb * 7.0 / bd if pb is not None else None
    md = pd * 7.0 / dd if pd is not None else None
    up = 100.0 * (md - mb) / mb if mb is not None and md is not None and mb > 0 else None
    ex = mb * dd / 7.0 if mb is not None else None
    add = pd - ex if ex is not None and pd is not None else None
    f1 = lambda v: "n/a" if v is None else java_fmt1(v)
    if up is None:
        upt = "n/a"
    else:
        upt = (java_fmt1(up) + "%") if policy.get("exact") else f"{java_round(up)}%"
        upt = "+" + upt if up > 0 else upt
    cpa = "n/a"
    if cost is not None and add is not None and add > 1e-9:
        cpa = "GBP " + str((cost / Decimal(repr(add))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    rows += [(name, "all", "impact", k, None, v, None) for k, v in (
        ("mean_weekly_before", f1(mb)), ("mean_weekly_during", f1(md)), ("uplift_percent", upt),
        ("expected_during", f1(ex)), ("additional_contacts", f1(add)), ("cost_per_additional_contact", cpa))]
    meta = [("starts_on", start.isoformat()), ("ends_on", end.isoformat()), ("weeks_each_side", str(n)),
            ("cost", "n/a" if cost is None else f"GBP {cost:.2f}"), ("counts", "data contacts")]
    return rows, meta


# --------------------------------------------------------------------------------------------------------------
# Running the CLI
# --------------------------------------------------------------------------------------------------------------


class Cli:
    def __init__(self, jar, data, pwfile, java_opts):
        self.jar, self.data, self.pwfile, self.java_opts = jar, data, pwfile, java_opts

    def run(self, *args, expect=0):
        cmd = ["java", *self.java_opts, "-jar", self.jar, *args, "--data", self.data, "--user", USER,
               "--password-file", self.pwfile]
        env = {k: v for k, v in os.environ.items() if k not in ("LOGBOOK_PASSWORD", "LOGBOOK_DATA")}
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if p.returncode != expect:
            raise SystemExit(f"command {' '.join(args)} exited {p.returncode} (expected {expect}):\n{p.stdout}{p.stderr}")
        return p


# --------------------------------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------------------------------


class Results:
    def __init__(self):
        self.compared = Counter()
        self.mismatches = []
        self.notes = []

    def eq(self, group, what, expected, actual):
        self.compared[group] += 1
        if str(expected) != str(actual):
            self.mismatches.append((group, what, expected, actual))

    def fail(self, group, what, detail):
        self.mismatches.append((group, what, "-", detail))


def read_csv(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path} starts with a BOM"
    return list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


SUMMARY_HEADER = ["period", "dimension", "category", "label", "contacts", "percent"]
META_ORDER = ["policy", "note", "organisation", "taxonomy_version", "generated_at", "audit_anchor", "first_day",
              "last_day", "zone"]
FIXED_LABELS = {("total", "all"): "All contacts", ("total", "data"): "Data contacts",
                ("total", "non_data"): "Non-data contacts", ("caller_code", "with_code"): "Contacts giving a codeword",
                ("caller_code", "distinct_codes"): "Different codewords (returning callers)"}
DATA_ONLY = ("topic", "outcome", "source")


def basis_of(dimension):
    return ("total", "data" if dimension in DATA_ONLY else "all")


def check_summary_csv(res, path, label, first, last, contacts, policy_text, **policy):
    """period,dimension,category,label,contacts,percent: every figure, label and share, the row order and the
    meta rows. A * where the small-count rule alone shows a number is a figure hidden more (recorded in HIDDEN)."""
    group = f"csv {label} {policy_key(policy)}"
    rows = read_csv(path)
    res.eq(group + " (structure)", "header", SUMMARY_HEADER, rows[0])
    body = rows[1:]
    expected = summary(contacts, first, last)
    figures = [r for r in body if len(r) > 1 and r[1] != "meta"]
    meta = [r for r in body if len(r) > 1 and r[1] == "meta"]
    res.eq(group + " (structure)", "six columns on every row", [], [r for r in body if len(r) != 6])
    res.eq(group + " (structure)", "row order (dimension,category)", [(d, c) for d, c, _ in expected],
           [(r[1], r[2]) for r in figures])
    res.eq(group + " (structure)", "meta rows come last", True, body[-len(meta):] == meta if meta else False)
    res.eq(group + " (structure)", "meta order", META_ORDER, [r[2] for r in meta])
    res.eq(group + " (structure)", "period column", {label}, {r[0] for r in body})
    got = {(r[1], r[2]): r for r in figures if len(r) == 6}
    hidden = {(d, c) for d, c, n in expected if (d, c) in got and hidden_more(n, got[(d, c)][4], **policy)}
    whole = whole_tables({(d, c): n for d, c, n in expected}, hidden, **policy)
    for d, c, n in expected:
        r = got.get((d, c))
        if r is None:
            res.fail(group, f"{d},{c}", "row missing")
            continue
        res.eq(group + " (labels)", f"{d},{c} label", FIXED_LABELS.get((d, c), LABEL.get((d, c))), r[3])
        if (d, c) in hidden and (d, c) not in whole:
            res.compared[group] += 1
        else:
            res.eq(group, f"{d},{c}", cell(n, (d, c) in whole, **policy), r[4])
    secondary = hidden - whole
    hidden = hidden | whole
    HIDDEN[(label, policy_key(policy))] = hidden
    if secondary:
        res.notes.append(f"{os.path.basename(path)}: {len(secondary)} figure(s) hidden beyond the small-count rule"
                         f" (secondary suppression): {', '.join('/'.join(k) for k in sorted(secondary))}")
    if whole:
        res.notes.append(f"{os.path.basename(path)}: {len(whole)} figure(s) hidden with their table's total"
                         f" (tables hidden whole)")
    shown = {(d, c): None if (d, c) in hidden else published(n, **policy) for d, c, n in expected}
    for d, c, _ in expected:
        r = got.get((d, c))
        if r is None:
            continue
        if d in ("total", "caller_code"):
            want = ""
        else:
            t = share(shown[(d, c)], shown[basis_of(d)], policy.get("exact"))
            want = "" if t == "n/a" else t.rstrip("%")
        res.eq(group + " (percent)", f"{d},{c} percent", want, r[5])
    md = {r[2]: r[4] for r in meta}
    res.eq(group + " (structure)", "meta first_day", first.isoformat(), md.get("first_day"))
    res.eq(group + " (structure)", "meta last_day", last.isoformat(), md.get("last_day"))
    res.eq(group + " (structure)", "meta zone", "Europe/London", md.get("zone"))
    res.eq(group + " (structure)", "meta policy", policy_text, md.get("policy"))
    for r in figures:
        if not (r[4] == "*" or r[4].isdigit()):
            res.fail(group, f"{r[1]},{r[2]}", f"not a count: {r[4]!r}")
        elif r[4] != "*" and not policy.get("exact") and int(r[4]) % policy.get("base", 5):
            res.fail(group, f"{r[1]},{r[2]}", f"not a multiple of the base: {r[4]}")


DIGIT_TEXT_CELLS = []  # (sheet, cell, value): counts stored as text, which a spreadsheet cannot chart


def xlsx_sheets(path):
    """{sheet name: list of rows (lists of cell text)} from an .xlsx, standard library only."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = {}
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", ns):
        target = rels[s.get("{%s}id" % ns["r"])].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        rows = []
        for row in ET.fromstring(z.read(target)).iter("{%s}row" % ns["m"]):
            cells = {}
            for c in row.findall("m:c", ns):
                ref = re.match(r"([A-Z]+)", c.get("r")).group(1)
                col = 0
                for ch in ref:
                    col = col * 26 + ord(ch) - 64
                t = c.get("t")
                v = c.find("m:v", ns)
                if t == "s":
                    val = shared[int(v.text)]
                elif t == "inlineStr":
                    val = "".join(x.text or "" for x in c.iter("{%s}t" % ns["m"]))
                else:
                    val = v.text if v is not None else ""
                    if val and re.fullmatch(r"-?\d+\.0", val):
                        val = val[:-2]
                if t in ("s", "inlineStr", "str") and re.fullmatch(r"\d+(\.\d+)?", val or ""):
                    DIGIT_TEXT_CELLS.append((s.get("name"), c.get("r"), val))
                cells[col] = val
            rows.append([cells.get(i, "") for i in range(1, max(cells, default=0) + 1)])
        out[s.get("name")] = rows
    return out


SHEET_DIM = {"Channel": ("channel", False), "Caller type": ("caller_type", False), "Topic": ("topic", True),
             "Outcome": ("outcome", True), "Source": ("source", True), "Caller group": ("caller_group", False)}


def check_xlsx(res, path, label, first, last, ly_first, ly_last, contacts, **policy):
    """Counts, shares (numbers: fractions formatted as percentages), Totals with last year and the change, the
    codeword counts and Durations. The figures the same period's CSV hides more are hidden here too."""
    group = f"xlsx {label} {'exact' if policy.get('exact') else 'default'}"
    sheets = xlsx_sheets(path)
    hidden = HIDDEN.get((label, policy_key(policy)), set())
    ly_hidden = HIDDEN.get((f"{ly_first:%Y-%m}", policy_key(policy)), set())
    exp = {(d, c): n for d, c, n in summary(contacts, first, last)}
    ly = {(d, c): n for d, c, n in summary(contacts, ly_first, ly_last)}
    ly_hidden = ly_hidden | whole_tables(ly, ly_hidden, **policy)
    shown = {k: None if k in hidden else published(n, **policy) for k, n in exp.items()}
    ly_shown = {k: None if k in ly_hidden else published(n, **policy) for k, n in ly.items()}
    for sheet, (dim, data_only) in SHEET_DIM.items():
        rows = sheets.get(sheet)
        if rows is None:
            res.fail(group, sheet, "sheet missing")
            continue
        basis = ("total", "data" if data_only else "all")
        by_code = {r[0]: r for r in rows if len(r) >= 4 and r[0] in TAX[dim]}
        for code in TAX[dim]:
            r = by_code.get(code)
            if r is None:
                res.fail(group, f"{sheet}/{code}", "row missing")
                continue
            res.eq(group, f"{sheet}/{code} contacts", cell(exp[(dim, code)], (dim, code) in hidden, **policy), r[2])
            res.eq(group, f"{sheet}/{code} share", fraction(shown[(dim, code)], shown[basis]), stored_fraction(r[3]))
        tot = [r for r in rows if len(r) >= 3 and r[1].startswith("Total (")]
        res.eq(group, f"{sheet}/total", cell(exp[basis], basis in hidden, **policy), tot[0][2] if tot else "<missing>")
    totals = {r[0]: r for r in sheets.get("Totals", []) if r}
    for lab, key in (("All contacts", "all"), ("Data contacts", "data"), ("Non-data contacts", "non_data")):
        r = totals.get(lab, ["", "<missing>", "<missing>", "<missing>"])
        k = ("total", key)
        res.eq(group, f"Totals/{lab} this period", cell(exp[k], k in hidden, **policy), r[1])
        res.eq(group, f"Totals/{lab} last year", cell(ly[k], k in ly_hidden, **policy), r[2])
        now, before = shown[k], ly_shown[k]
        res.eq(group, f"Totals/{lab} change", fraction(None if now is None or before is None else now - before, before),
               stored_fraction(r[3]))
    for lab, key in (("Contacts giving a codeword", "with_code"), ("Different codewords (returning callers)", "distinct_codes")):
        r = totals.get(lab, ["", "<missing>"])
        k = ("caller_code", key)
        res.eq(group, f"Totals/{lab}", cell(exp[k], k in hidden, **policy), r[1])
    dur = {r[0]: r[1] for r in sheets.get("Durations", []) if len(r) >= 2}
    secs = sorted(c.seconds for c in contacts if c.data and first <= c.day <= last)
    timed_hidden = shown[("total", "data")] is None  # timed contacts are a row of data contacts
    res.eq(group, "Durations/timed", cell(len(secs), timed_hidden, **policy), dur.get("Data contacts timed"))
    if secs and not timed_hidden and published(len(secs), **policy) is not None:
        med = statistics.median(secs) / 60.0
        pos = 0.9 * (len(secs) - 1)
        lo = int(pos)
        p90 = (secs[lo] + (secs[min(lo + 1, len(secs) - 1)] - secs[lo]) * (pos - lo)) / 60.0
        fmt = (lambda v: java_fmt1(java_round(v * 10) / 10.0)) if policy.get("exact") else (lambda v: str(java_round(v)))
        res.eq(group, "Durations/median minutes (all data contacts, 0 s included)", fmt(med),
               dur.get("Median length (minutes)"))
        res.eq(group, "Durations/p90 minutes (linear interpolation)", fmt(p90),
               dur.get("90th percentile length (minutes)"))
    res.eq(group + " (structure)", "counts stored as numbers, not text", [],
           [x for x in DIGIT_TEXT_CELLS if x[0] in SHEET_DIM or x[0] == "Totals"])
    DIGIT_TEXT_CELLS.clear()
    return sheets


PDF_SECTIONS = {"Contacts by channel": "channel", "Contacts by caller type": "caller_type", "Contacts by topic": "topic",
                "Contacts by outcome": "outcome", "Contacts by source": "source",
                "Contacts by caller group": "caller_group"}


def pdf_rows(text):
    """{(dimension, code): (contacts, share)} from the PDF's tables as pdftotext -layout writes them. Paper shows
    labels, not codes: a row starts on the line with its figures, a long label wraps onto the lines below it, and a
    blank line ends the row."""
    by_label = {dim: {LABEL[(dim, c)]: c for c in TAX[dim]} for dim in PDF_SECTIONS.values()}
    rows, dim, current = {}, None, None

    def finish():
        if current and dim:
            code = by_label[dim].get(" ".join(current[0]))
            if code and (dim, code) not in rows:
                rows[(dim, code)] = current[1:]
    for line in text.splitlines():
        st = line.strip()
        if st in PDF_SECTIONS:
            finish()
            dim, current = PDF_SECTIONS[st], None
            continue
        m = re.match(r"^(\S.*?)\s{2,}(\*|\d+)\s+(n/a|[\d.]+%)\s*$", line)
        if m:
            finish()
            current = ([m.group(1).strip()], m.group(2), m.group(3))
        elif not st:
            finish()
            current = None
        elif current:
            current[0].append(st)
    finish()
    return rows


def check_pdf(res, path, label, first, last, contacts, **policy):
    """Published counts and shares in the PDF tables, read back with pdftotext -layout."""
    group = f"pdf {label} {'exact' if policy.get('exact') else 'default'}"
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    exp = {(d, c): n for d, c, n in summary(contacts, first, last)}
    hidden = HIDDEN.get((label, policy_key(policy)), set())
    shown = {k: None if k in hidden else published(n, **policy) for k, n in exp.items()}
    seen = pdf_rows(text)
    for dim in PDF_SECTIONS.values():
        basis = basis_of(dim)
        for code in TAX[dim]:
            got = seen.get((dim, code), ("<missing>", "<missing>"))
            res.eq(group, f"{dim}/{code} contacts", cell(exp[(dim, code)], (dim, code) in hidden, **policy), got[0])
            res.eq(group, f"{dim}/{code} share", share(shown[(dim, code)], shown[basis], policy.get("exact")), got[1])


CAMPAIGN_HEADER = ["campaign", "phase", "dimension", "category", "label", "value"]


def check_campaign_csv(res, path, name, contacts, **policy):
    group = f"campaign csv '{name}' {'exact' if policy.get('exact') else 'default'}"
    rows = read_csv(path)
    res.eq(group + " (structure)", "header", CAMPAIGN_HEADER, rows[0])
    body = [tuple(r) for r in rows[1:] if len(r) > 1 and r[1] != "meta"]
    got = {r[:4]: r for r in body if len(r) == 6}
    first_rows, _ = campaign_expected(contacts, name, **policy)
    hidden = frozenset(r[1:4] for r in first_rows
                       if r[6] is not None and hidden_more(r[6], got.get(r[:4], ("",) * 6)[5], **policy))
    if hidden:
        res.notes.append(f"{os.path.basename(path)}: {len(hidden)} figure(s) hidden beyond the small-count rule"
                         f" (secondary suppression): {', '.join('/'.join(k) for k in sorted(hidden))}")
    exp_rows, exp_meta = campaign_expected(contacts, name, hidden, **policy)
    res.eq(group + " (structure)", "row keys and order", [r[:4] for r in exp_rows], [r[:4] for r in body])
    for r in exp_rows:
        g = got.get(r[:4], ("<missing>",) * 6)
        res.eq(group, ",".join(r[1:4]), r[5], g[5])
        if r[4] is not None:
            res.eq(group + " (labels)", ",".join(r[1:4]) + " label", r[4], g[4])
    meta = {r[3]: r[5] for r in rows[1:] if len(r) == 6 and r[1] == "meta"}
    for k, v in exp_meta:
        res.eq(group + " (structure)", f"meta {k}", v, meta.get(k))


# --------------------------------------------------------------------------------------------------------------
# Leak search
# --------------------------------------------------------------------------------------------------------------

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def export_texts(path):
    """Every text view of an export: the file, each XML part of an xlsx, pdftotext output of a pdf."""
    raw = open(path, "rb").read()
    views = [("raw", raw.decode("utf-8", "replace"))]
    if path.endswith(".xlsx"):
        z = zipfile.ZipFile(path)
        views = [(n, z.read(n).decode("utf-8", "replace")) for n in z.namelist()]
    elif path.endswith(".pdf"):
        if shutil.which("pdftotext"):
            p = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True)
            views.append(("pdftotext", p.stdout))
        else:
            views.append(("pdftotext", ""))
    return views


def check_leaks(res, path, gen, allowed_dates, recovery_key):
    group = "leak search"
    secrets = [("staff username", USER), ("password", PASSWORD)]
    if recovery_key:
        secrets.append(("recovery key", recovery_key))
    secrets += [("codeword", cw) for cw in sorted({r["caller_code"] for r in gen.rows if r["caller_code"]})]
    secrets += [("note marker", m) for m, _ in gen.notes]
    secrets += [("note text", t[:40]) for _, t in gen.notes if len(t) >= 40]
    views = export_texts(path)
    if path.endswith(".pdf") and not any(n == "pdftotext" and v.strip() for n, v in views):
        res.notes.append(f"{os.path.basename(path)}: no pdftotext text; searched raw bytes only")
    joined_lower = [(n, v.lower()) for n, v in views]
    for kind, s in secrets:
        res.compared[group] += 1
        for n, v in joined_lower:
            if s.lower() in v:
                res.fail(group, os.path.basename(path), f"{kind} {s!r} found in {n}")
                break
    # dates finer than the period
    for n, v in views:
        if n.endswith(".rels") or n.startswith("[Content_Types]") or n == "raw" and path.endswith((".xlsx", ".pdf")):
            continue  # zip/pdf internals (xlsx docProps/core.xml is checked like any other part)
        found = set(re.findall(r"\b(\d{4}-\d{2}-\d{2})\b", v))
        found |= {datetime.strptime(m, "%d %B %Y").date().isoformat()
                  for m in re.findall(rf"\b(\d{{1,2}} (?:{MONTHS}) \d{{4}})\b", v)}
        for d in sorted(found):
            res.compared[group] += 1
            if d not in allowed_dates:
                res.fail(group, os.path.basename(path), f"date {d} in {n} is not a period bound or the generation date")


# --------------------------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=41710)
    ap.add_argument("--jar", default=os.path.join(REPO, "target", "helpline-logbook.jar"))
    ap.add_argument("--fast-argon2", action="store_true", help="pass -Dhelplinelogbook.argon2.fast=true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = ap.parse_args()
    if not os.path.exists(args.jar):
        raise SystemExit(f"{args.jar} is missing: run  mvn -B -q -DskipTests package  first")
    java_opts = ["-Dhelplinelogbook.argon2.fast=true"] if args.fast_argon2 else []

    work = tempfile.mkdtemp(prefix="outside-check-")
    os.chmod(work, 0o700)
    try:
        gen = generate(args.seed)
        csv_path = os.path.join(work, "contacts.csv")
        with open(csv_path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["started_at", "duration_seconds", "channel", "caller_type", "topics",
                                              "outcome", "source", "notes", "caller_code"], lineterminator="\n")
            w.writeheader()
            w.writerows(gen.rows)
        contacts = [Contact(r) for r in gen.rows]
        print(f"generated {len(gen.rows)} contacts (seed {args.seed}) in {csv_path}")

        pwfile = os.path.join(work, "pw")
        with open(pwfile, "w") as f:
            f.write(PASSWORD + "\n")
        data_dir = os.path.join(work, "logbook")
        cli = Cli(args.jar, data_dir, pwfile, java_opts)
        out = cli.run("init", "--zone", "Europe/London").stdout
        key = re.search(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4})+)\s*$", out, re.M)
        recovery_key = key.group(1) if key else None
        res = Results()

        # Import must refuse bad rows, all or nothing (empty source on a data contact; topics on a non-data one)
        bad = os.path.join(work, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n"
                    "2026-10-05T10:00,300,phone,at_risk,indecent_images,information_given,,\n"
                    "2026-10-05T11:00,10,phone,silent,indecent_images,,,\n"
                    "2026-10-05T12:00,300,chat,at_risk,,information_given,police,\n")
        p = cli.run("import", bad, expect=4)
        res.eq("import", "bad file refused line 2 (empty source)", True, "line 2" in p.stderr)
        res.eq("import", "bad file refused line 3 (non-data with topic)", True, "line 3" in p.stderr)
        # Local times the clock changes make impossible or ambiguous are refused, not guessed
        clocks = os.path.join(work, "clocks.csv")
        with open(clocks, "w", encoding="utf-8") as f:
            f.write("started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n"
                    "2026-10-05T12:00,300,chat,at_risk,,information_given,police,\n"
                    f"{gen.gap_times[0]},10,phone,silent,,,,\n"
                    "2026-10-25T01:30,10,phone,silent,,,,\n")
        p = cli.run("import", clocks, expect=4)
        res.eq("import", f"a time that did not exist ({gen.gap_times[0]}) refused", True,
               "line 3" in p.stderr and "did not exist" in p.stderr)
        res.eq("import", "a time that happened twice, with no offset, refused", True,
               "line 4" in p.stderr and "happened twice" in p.stderr)
        out = cli.run("import", csv_path).stdout
        res.eq("import", "imported count", f"Imported {len(gen.rows)} contacts.", out.strip())
        n = cli.run("list", "--count").stdout.strip()
        res.eq("import", "list --count", str(len(gen.rows)), re.sub(r"\D", "", n) or n)

        today = datetime.now(timezone.utc).date()
        gen_dates = {today.isoformat(), (today - timedelta(days=1)).isoformat()}
        default_text = "counts 1–7 shown as *, others rounded to the nearest 5"
        exact_text = "EXACT — INTERNAL — contains small counts"
        periods = [("2026-10", ["--period", "2026-10"], date(2026, 10, 1), date(2026, 10, 31)),
                   ("2025-10", ["--period", "2025-10"], date(2025, 10, 1), date(2025, 10, 31)),
                   ("2026-03", ["--period", "2026-03"], date(2026, 3, 1), date(2026, 3, 31)),
                   ("2026-Q3", ["--period", "2026-q3"], date(2026, 7, 1), date(2026, 9, 30)),
                   ("FY2025-26", ["--period", "FY2025-26"], date(2025, 4, 1), date(2026, 3, 31)),
                   ("FY2026-27", ["--period", "FY2026-27"], date(2026, 4, 1), date(2027, 3, 31)),
                   ("2024-06", ["--period", "2024-06"], date(2024, 6, 1), date(2024, 6, 30)),
                   ("2026-03-29..2026-10-25", ["--from", "2026-03-29", "--to", "2026-10-25"],
                    date(2026, 3, 29), date(2026, 10, 25))]
        exports = []
        for label, sel, first, last in periods:
            safe = label.replace(".", "_")
            for kind, extra, pol, text in (("exact", ["--exact"], {"exact": True}, exact_text),
                                           ("default", [], {}, default_text)):
                f = os.path.join(work, f"{safe}-{kind}.csv")
                if kind == "default" and "--from" in sel:
                    # a range of days is exported only as exact figures marked INTERNAL (docs/reports.md): two
                    # ranges a few days apart would give those days away by difference
                    p = cli.run("report", *sel, "--format", "csv", "--out", f, expect=4)
                    res.eq("custom range", "default export refused, no file written", False, os.path.exists(f))
                    res.eq("custom range", "the refusal names the published periods to use instead", True,
                           "2026-Q2" in p.stderr and "FY2026-27" in p.stderr)
                    continue
                cli.run("report", *sel, "--format", "csv", "--out", f, *extra)
                check_summary_csv(res, f, label, first, last, contacts, text, **pol)
                exports.append((f, first, last, kind))
        # stricter policy (ONS-like threshold, rounding to 10 tests half-up on 15 and 25)
        f = os.path.join(work, "2026-10-below10-round10.csv")
        cli.run("report", "--period", "2026-10", "--format", "csv", "--out", f, "--suppress-below", "10", "--round-to", "10")
        check_summary_csv(res, f, "2026-10", date(2026, 10, 1), date(2026, 10, 31), contacts,
                          "counts 1–9 shown as *, others rounded to the nearest 10", below=10, base=10)
        exports.append((f, date(2026, 10, 1), date(2026, 10, 31), "default"))

        # XLSX and PDF of October 2026 (comparison year: October 2025)
        for kind, extra, pol in (("default", [], {}), ("exact", ["--exact"], {"exact": True})):
            x = os.path.join(work, f"2026-10-{kind}.xlsx")
            cli.run("report", "--period", "2026-10", "--format", "xlsx", "--out", x, *extra)
            sheets = check_xlsx(res, x, "2026-10", date(2026, 10, 1), date(2026, 10, 31), date(2025, 10, 1),
                                date(2025, 10, 31), contacts, **pol)
            if kind == "exact":
                stamped = [s for s, rows in sheets.items() if s != "Read me"
                           and not any("INTERNAL" in c for r in rows[:3] for c in r)]
                res.eq("xlsx 2026-10 exact", "every table sheet stamped INTERNAL in its first rows", [], stamped)
            exports.append((x, date(2026, 10, 1), date(2026, 10, 31), kind))
            pdf = os.path.join(work, f"2026-10-{kind}.pdf")
            cli.run("report", "--period", "2026-10", "--format", "pdf", "--out", pdf, *extra)
            res.eq("pdf", f"{kind} starts with %PDF", True, open(pdf, "rb").read(5) == b"%PDF-")
            if shutil.which("pdftotext"):
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
                res.eq("pdf", f"{kind} mentions INTERNAL", kind == "exact", "INTERNAL" in text)
                check_pdf(res, pdf, "2026-10", date(2026, 10, 1), date(2026, 10, 31), contacts, **pol)
            else:
                res.notes.append("pdftotext not installed (apt-get install poppler-utils): PDF figures not read")
            exports.append((pdf, date(2026, 10, 1), date(2026, 10, 31), kind))

        # June 2024, a month of one contact: every figure of every table is *, zeros too
        for fmt in ("xlsx", "pdf"):
            f = os.path.join(work, f"2024-06-default.{fmt}")
            cli.run("report", "--period", "2024-06", "--format", fmt, "--out", f)
            if fmt == "xlsx":
                check_xlsx(res, f, "2024-06", date(2024, 6, 1), date(2024, 6, 30), date(2023, 6, 1),
                           date(2023, 6, 30), contacts)
            elif shutil.which("pdftotext"):
                check_pdf(res, f, "2024-06", date(2024, 6, 1), date(2024, 6, 30), contacts)
            exports.append((f, date(2024, 6, 1), date(2024, 6, 30), "default"))
        one = os.path.join(work, "2024-06-default.csv")
        zeros = [r for r in read_csv(one)[1:] if len(r) == 6 and r[1] != "meta" and r[4] != "*"]
        res.eq("csv 2024-06 default (structure)", "a month of one contact: no figure but *", [], zeros)

        # Campaigns (seeded by init), CSV exact and default, plus the default XLSX/PDF of one for the leak search
        for name in CAMPAIGNS:
            start, end, _ = CAMPAIGNS[name]
            nweeks = ((end - start).days + 1 + 6) // 7
            weeks = []
            w = start - timedelta(weeks=nweeks)
            while w <= end + timedelta(weeks=nweeks):
                weeks.append(w.isoformat())
                w += timedelta(days=7)
            for kind, extra, pol in (("exact", ["--exact"], {"exact": True}), ("default", [], {})):
                f = os.path.join(work, f"campaign-{abs(hash(name)) % 1000}-{kind}.csv")
                cli.run("report", "--campaign", name, "--format", "csv", "--out", f, *extra)
                check_campaign_csv(res, f, name, contacts, **pol)
                exports.append((f, start - timedelta(weeks=nweeks), end + timedelta(weeks=nweeks), "campaign", weeks))
            for fmt in ("xlsx", "pdf"):
                f = os.path.join(work, f"campaign-{abs(hash(name)) % 1000}-default.{fmt}")
                cli.run("report", "--campaign", name.lower(), "--format", fmt, "--out", f)
                exports.append((f, start - timedelta(weeks=nweeks), end + timedelta(weeks=nweeks), "campaign", weeks))

        # Leak search over every export
        for e in exports:
            path, first, last, kind = e[:4]
            allowed = {first.isoformat(), last.isoformat()} | gen_dates
            allowed |= {first.replace(year=first.year - 1).isoformat(), last.replace(year=last.year - 1).isoformat()}
            if kind == "campaign":  # documented exception: the weekly series of a campaign report
                for w in e[4]:
                    wd = date.fromisoformat(w)
                    allowed |= {w, (wd + timedelta(days=6)).isoformat(), (wd - timedelta(days=1)).isoformat()}
                for s_, en_, _ in CAMPAIGNS.values():
                    if first <= s_ <= last:
                        allowed |= {s_.isoformat(), en_.isoformat(), (en_ + timedelta(days=1)).isoformat()}
            check_leaks(res, path, gen, allowed, recovery_key)

        # Report
        total = sum(res.compared.values())
        print()
        print(f"{'group':58} figures/checks compared")
        for g_, c in sorted(res.compared.items()):
            print(f"{g_:58} {c}")
        print(f"{'TOTAL':58} {total}")
        for n_ in res.notes:
            print("note:", n_)
        if res.mismatches:
            print(f"\n{len(res.mismatches)} MISMATCHES:")
            for g_, what, e_, a_ in res.mismatches:
                print(f"  [{g_}] {what}: expected {e_!r}, got {a_!r}")
        else:
            print(f"\nALL {total} figures and checks matched.")
        if args.keep:
            print(f"\nkept {work}")
        return 1 if res.mismatches else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

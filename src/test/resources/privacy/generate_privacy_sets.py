#!/usr/bin/env python3
"""Generates the labelled identifier set and the benign note set used by LabelledSetTest.

Only safe test data: Ofcom drama numbers, example.com/.org/.net (RFC 2606), RFC 5737 / RFC 3849
addresses, NHS numbers in the never-issued 999 range, invented names, handles and streets.
Deterministic (fixed seed); re-run from the repository root and commit the output:
    python3 src/test/resources/privacy/generate_privacy_sets.py
"""
import random

rng = random.Random(20240611)
OUT = "src/test/resources/privacy/"

def mod11_check(nine):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - total % 11
    return None if c == 10 else (0 if c == 11 else c)

def valid_ten(prefix_fn):
    while True:
        nine = prefix_fn()
        c = mod11_check(nine)
        if c is not None:
            return nine + str(c)

# ---------------------------------------------------------------- identifier values by kind
def phones():
    x = lambda: "%03d" % rng.randrange(1000)
    forms = [
        lambda: "07700 900" + x(), lambda: "07700900" + x(), lambda: "07700 900 " + x(),
        lambda: "07700-900-" + x(), lambda: "+44 7700 900" + x(), lambda: "+447700900" + x(),
        lambda: "+44 (0)7700 900" + x(), lambda: "0131 496 0" + x(), lambda: "0131-496-0" + x(),
        lambda: "(0131) 496 0" + x(), lambda: "01314960" + x(), lambda: "020 7946 0" + x(),
        lambda: "+44 20 7946 0" + x(), lambda: "0161 496 0" + x(), lambda: "0113 496 0" + x(),
        lambda: "0141 496 0" + x(), lambda: "0117 496 0" + x(), lambda: "0191 498 0" + x(),
        lambda: "029 2018 0" + x(), lambda: "01632 960" + x(), lambda: "0044 131 496 0" + x(),
        lambda: "+44 141 496 0" + x(), lambda: "0151 496 0" + x(), lambda: "0121 496 0" + x(),
    ]
    return [f() for f in forms] + [rng.choice(forms)() for _ in range(12)]

PHONE_T = [
    "Caller asked us to ring back on {X} after 6pm, advised we cannot do outbound calls.",
    "Left a voicemail; number given was {X}.",
    "He read out his mobile ({X}) before I could stop him. Explained anonymity.",
    "Wife's number is {X} - told her we won't keep it.",
    "Texted the service from {X} asking for a callback about his son.",
    "Mob: {X}. Wants a follow-up call next week.",
    "Said his probation officer can be reached on {X}.",
    "Gave landline {X} in case the call dropped.",
    "Caller insisted I note {X} as his contact number.",
    "Number on the letter from police was {X}.",
    "Mother called from {X}, very distressed about her 16-year-old.",
    "Please call {X} if there is a cancellation, he said.",
]

def emails():
    return ["jo.bloggs@example.com", "sample_user27@example.org", "j.smith+help@mail.example.com",
            "anon123@example.net", "Quiet.Fox88@Example.COM", "worried.dad@example.org",
            "r.macleod@example.com", "help-me-now@example.net", "k_brown1979@example.org",
            "jo at example dot com", "sample.user (at) example (dot) org",
            "jsmith [at] example [dot] com", "anon99 AT example DOT net", "greyheron at mail dot example dot org",
            "m.jones (at) example (dot) com", "dave_r at example dot org", "amy.k{at}example{dot}com",
            "tom.w @ example.com", "parent_of_2 (at) example.net"]

EMAIL_T = [
    "Caller wants replies sent to {X}; explained we don't do email support.",
    "Gave his email as {X} for the self-help login.",
    "Partner's email is {X}, she thinks he is using it for chats.",
    "Email {X} was on the police paperwork.",
    "He spelled it out: {X}.",
    "Asked if we could email {X} with the safety plan.",
    "Sent photos from {X} according to caller.",
]

def postcodes():
    return ["EH1 1AA", "G2 4JR", "SW1A 1AA", "M1 1AE", "EH6 8RG", "KY1 2AB", "AB10 1XG", "DD1 4HN",
            "IV2 3BW", "PA1 1UU", "FK8 2ET", "ML3 6AR", "KA1 1BA", "DG1 2BD", "TD1 3AF", "PH1 5PH",
            "G41 2DD", "EH11 3AB", "CR2 6XH", "W1A 0AX", "EC1A 1BB", "B33 8TH", "L1 8JQ", "NE1 4ST",
            "EH11AA", "G24JR", "eh6 8rg", "ky1 2ab"]

POSTCODE_T = [
    "Caller gave postcode {X} when asked about local services - declined to record.",
    "Lives near {X}, worried neighbours will find out.",
    "Asked for groups near postcode {X}.",
    "Moved to {X} after release last year.",
    "Address on the bail letter ends {X}.",
    "Son's school is in {X} area apparently, postcode {X2}.",
    "His flat is at postcode {X}.",
]

NI_PREFIX = ["AB", "CE", "JT", "NE", "PR", "HK", "WL", "SC", "MA", "TY", "EG", "LZ"]
def ni_numbers():
    out = []
    for i in range(30):
        p = rng.choice(NI_PREFIX)
        d = "%06d" % rng.randrange(10**6)
        s = rng.choice("ABCD")
        form = i % 5
        if form == 0: v = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
        elif form == 1: v = p + d + s
        elif form == 2: v = ("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)).lower()
        elif form == 3: v = "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
        else: v = "%s %s %s" % (p, d, s)
        out.append(v)
    return out

NI_T = [
    "Caller read out his NI number {X} off a benefits letter.",
    "National Insurance no. {X} given, not recorded in case file.",
    "He gave {X} as his NI number to 'prove' who he was.",
    "Benefit letter showed NINO {X}.",
    "Partner's NI {X} came up when discussing finances.",
]

def nhs_numbers():
    out = []
    for i in range(30):
        n = valid_ten(lambda: "999" + "%06d" % rng.randrange(10**6))
        form = i % 3
        out.append(n if form == 0 else (n[:3] + " " + n[3:6] + " " + n[6:] if form == 1 else n[:3] + "-" + n[3:6] + "-" + n[6:]))
    return out

NHS_T = [
    "GP letter quoted NHS number {X}.",
    "He read out {X} from his prescription.",
    "NHS no {X} was on the referral he was holding.",
    "Caller gave his health number, {X}, unprompted.",
    "Hospital wristband number {X} mentioned re: recent admission.",
    "Said his NHS number is {X} and asked if we could check records.",
]

def chi_numbers():
    out = []
    for i in range(30):
        def pre():
            d = rng.randrange(1, 29); m = rng.randrange(1, 13); y = rng.randrange(0, 100)
            return "%02d%02d%02d" % (d, m, y) + "%03d" % rng.randrange(1000)
        n = valid_ten(pre)
        out.append(n if i % 3 else n[:6] + " " + n[6:])
    return out

CHI_T = [
    "Caller gave CHI {X} from his appointment card.",
    "CHI number {X} read out - reminded him we don't need it.",
    "He quoted {X} from a hospital letter.",
    "Mum gave her son's CHI no. {X} when talking about CAMHS.",
    "Community health index number {X} on his repeat prescription.",
    "Read {X} off the top of a letter from the psychiatrist.",
]

def ips():
    v4 = ["192.0.2.%d" % rng.randrange(1, 255) for _ in range(8)] + \
         ["198.51.100.%d" % rng.randrange(0, 256) for _ in range(8)] + \
         ["203.0.113.%d" % rng.randrange(0, 256) for _ in range(8)]
    v6 = ["2001:db8::1", "2001:db8:85a3::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329",
          "2001:db8:0:0:1:0:0:1", "2001:DB8::FF00:42", "2001:db8:1234:5678::abcd", "::ffff:192.0.2.128",
          "2001:db8::10"]
    return v4 + v6

IP_T = [
    "Police told him the images were traced to IP {X}.",
    "Caller read out the IP address {X} from the warrant.",
    "He asked whether {X} could be linked back to him.",
    "Router log showed {X} according to his son.",
    "Letter lists IP {X} and a date in 2022.",
]

def urls():
    return ["https://example.com/profile/jo", "http://example.org/forum/thread/1187", "www.example.com/u/quietfox",
            "example.net/u/sample", "forum.example.org/t/123", "https://www.example.com/watch?v=abc123",
            "https://example.org/p/8841", "www.example.net", "example.com/jo.bloggs", "http://chat.example.net/room/44",
            "https://files.example.com/share/9f3a", "example.org", "https://example.com", "www.example.org/profile?id=77",
            "blog.example.net/2023/05/about-me", "https://m.example.com/user/sample_user"]

URL_T = [
    "Caller sent a link to his profile ({X}) by text.",
    "He said the site was {X}, did not visit.",
    "Gave {X} as the page where he posted.",
    "Daughter found messages on {X}.",
    "His blog is at {X} - advised he considers taking it down.",
]

def handles():
    return ["@sample_user27", "@quietfox88", "@night.owl.22", "@greyheron", "@blue_kite_7",
            ("snap: ", "jo_b_2001"), ("insta: ", "sample.user"), ("snapchat name is ", "quietfox88"),
            ("tiktok ", "@night.owl.22"), ("discord ", "greyheron#4821"), ("Snapchat username is ", "blue_kite_7"),
            ("Insta - ", "river.stone.3"), ("kik: ", "pale_moon_04"), ("Discord: ", "tallship_99"),
            ("instagram handle ", "@the.sample.dad"), ("snap username: ", "lost_lad_19"),
            ("Twitter ", "@example_handle"), ("telegram: ", "anon_user_5"), ("IG: ", "sample.mum.2"),
            ("xbox gamertag is ", "SilverFern77"), ("Roblox username: ", "builder_kid_12")]

HANDLE_T = [
    "Teen was messaging him on {X}. Discussed stopping contact.",
    "He gave his {X} so we could 'check him out'. Declined.",
    "Girl he spoke to online went by {X}.",
    "Caller's {X} - says he has now deleted the app.",
    "Found his account {X} on his phone, wife said.",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

def ordinal(d):
    return "%d%s" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

# Each DOB form is a whole clause, so the birth cue reads naturally around the marked date.
DOB_FORMS = [
    lambda d, m, y: "He said he was born on {{%d %s %d}}" % (d, MONTHS[m-1], y),
    lambda d, m, y: "Gave his DOB as {{%02d/%02d/%d}}" % (d, m, y),
    lambda d, m, y: "Letter showed d.o.b. {{%d-%02d-%02d}}" % (y, m, d),
    lambda d, m, y: "Date of birth {{%d/%d/%d}} given when asking about records" % (d, m, y),
    lambda d, m, y: "Mentioned his birthday is {{%s %s}}" % (ordinal(d), MONTHS[m-1]),
    lambda d, m, y: "Partner was born the {{%s of %s %d}}" % (ordinal(d), MONTHS[m-1], y),
    lambda d, m, y: "Son's DOB: {{%02d.%02d.%d}}" % (d, m, y),
    lambda d, m, y: "Born {{%s %d, %d}}, he said" % (MONTHS[m-1][:3], d, y),
    lambda d, m, y: "Caller read out {{%02d/%02d/%d}} (DOB) from his licence" % (d, m, y),
    lambda d, m, y: "Her date of birth is {{%d %s %d}}" % (d, MONTHS[m-1][:3], y),
]
DOB_TAILS = [".", " - not recorded.", ", asked if we keep records.", ". Reminded him we don't need it."]

def dob_lines():
    out = []
    for i in range(34):
        d = rng.randrange(1, 29); m = rng.randrange(1, 13); y = rng.randrange(1950, 2008)
        clause = DOB_FORMS[i % len(DOB_FORMS)](d, m, y) + rng.choice(DOB_TAILS)
        before, after = rng.choice(CONTEXT), rng.choice(CONTEXT)
        out.append("DATE_OF_BIRTH\t" + " ".join(s for s in (before, clause, after) if s))
    return out

STREETS = ["12 Rose Street", "Flat 3, 45 Leith Walk", "221b Baker St", "14 Elm Grove", "7 Larch Crescent",
           "Flat 2/1, 18 Kelvin Drive", "3 Thistle Wynd", "9 Mill Lane", "102 Station Road", "5 Birch Avenue",
           "16 Willow Terrace", "4 Heather Court", "33 Harbour Row", "11 Kirk Close", "8 Cedar Way",
           "6 Orchard Place", "19 Rowan Gardens", "2 Cross Wynd", "41 Princes Ave", "63 Queen Margaret Drive",
           "27 Castle Brae", "10 Hawthorn Rd", "1 Loch View", "52 Bridge St", "15A Marine Parade",
           "Flat 1, 7 Juniper Green", "88 Dalkeith Road", "3 Ferry Loan", "24 Abbey Mount Square",
           "12-14 Tollcross Park", "4 rowan brae", "17 meadow lane"]

STREET_T = [
    "Caller lives at {X} with his mother.",
    "He gave his address as {X}.",
    "Police came to {X} in March, neighbours saw.",
    "Moved into {X} after the separation.",
    "Wife is staying at {X} with the kids.",
    "Said the house at {X} is being sold.",
]

CONTEXT = ["", "", "", "Caller very anxious.", "40 min call.", "Discussed safety plan.",
           "Signposted to self-help modules.", "First contact.", "Repeat caller, 3rd call this month.",
           "Calm by end of call.", "Talked through next steps.", "Reminded him the service is anonymous."]

def fill(template, value, kind):
    prefix = ""
    if isinstance(value, tuple):
        prefix, value = value
    text = template.replace("{X}", prefix + "{{" + value + "}}", 1)
    if "{X2}" in text:
        text = text.replace("{X2}", rng.choice(postcodes()).upper() if False else "")
        text = text.replace(", postcode .", ".")
    before = rng.choice(CONTEXT)
    after = rng.choice(CONTEXT)
    return kind + "\t" + " ".join(s for s in (before, text, after) if s)

# Realistic phrasings the scanner is known to find hard; they keep the recall figure honest.
HARD = [
    "PHONE\tSaid his number is {{07700 900 4 5 6}} but spoke fast.",
    "SOCIAL_HANDLE\tAdded the girl on snapchat as {{lostlad19}} last year.",
    "STREET_ADDRESS\tLives in {{the flat above the chip shop on Rose St}}, he said.",
    "POSTCODE\tLives somewhere in {{EH6}}, would not say more.",
    "EMAIL\tHis email is {{jo dot bloggs at example dot com}}.",
    "DATE_OF_BIRTH\tHe turns 40 on {{3/4}} this year, his birthday.",
    "PHONE\tNumber was {{oh seven seven oh oh, nine oh oh one two three}}.",
    "SOCIAL_HANDLE\tHe is {{quietfox88}} on Reddit.",
    "URL\tPosted on {{example.com}} forums under a made-up name.",
    "NHS_NUMBER\tRead his NHS number {{999 123 4560}} off a letter.",
    "IP_ADDRESS\tPolice said the address was {{2001:db8::}} something.",
    "NI_NUMBER\tNI number {{AB123456}} (missed the last letter).",
]

def build_identifiers():
    lines = []
    sets = [("PHONE", phones(), PHONE_T), ("EMAIL", emails(), EMAIL_T), ("POSTCODE", postcodes(), POSTCODE_T),
            ("NI_NUMBER", ni_numbers(), NI_T), ("NHS_NUMBER", nhs_numbers(), NHS_T),
            ("CHI_NUMBER", chi_numbers(), CHI_T), ("IP_ADDRESS", ips(), IP_T), ("URL", urls(), URL_T),
            ("SOCIAL_HANDLE", handles(), HANDLE_T), ("STREET_ADDRESS", STREETS, STREET_T)]
    for kind, values, templates in sets:
        templates = [t for t in templates if "{X2}" not in t]
        n = max(len(values), 30)
        for i in range(n):
            v = values[i % len(values)]
            lines.append(fill(templates[i % len(templates)] if i < len(templates) else rng.choice(templates), v, kind))
    return lines + dob_lines() + HARD

# ---------------------------------------------------------------- benign notes
WHO = [
    "Caller (male, 30s) worried about his sexual thoughts about children.",
    "Male caller, 52, arrested in March for viewing indecent images of under-18s.",
    "Mother called about her 15-year-old son who was found with images on his phone.",
    "Wife of a man arrested last week; she has 2 children aged 6 and 9.",
    "Repeat caller, 3rd call this month, struggling with urges.",
    "First-time caller, aged 24, watched illegal material for 3 years.",
    "Caller in his 60s, retired, wife does not know about police visit.",
    "Young man, 19, scared after seeing images of 14-year-olds on a forum.",
    "Father called, son aged 17 has been charged.",
    "Caller's partner found messages on his laptop on Tuesday.",
    "Anonymous caller, no details given, asked about confidentiality.",
    "Sister of an offender called about family contact at Christmas.",
    "Caller released in 2021 after 18 months, on the register for 10 years.",
    "Caller said he had looked at images on and off since 2015.",
    "Woman, 45, worried about her own thoughts after a news story.",
    "Grandmother called about grandson, 13, sharing images at school.",
    "Caller worried about viewing images of under-18s for 3 years, arrested in March, wife does not know.",
    "Man in his 40s, police seized 2 phones and 1 laptop at 6am.",
    "Caller, 33, has not offended but is frightened by his thoughts.",
    "Mum rang about her daughter's partner, convicted in 2018.",
    "Caller on bail, court date set for 14/06/2024.",
    "Caller saw #GetHelpOrGetCaught advert on a train and rang.",
    "Heard about us from the #GetHelpOrGetCaught campaign.",
    "Caller referred by GP after disclosing thoughts at an appointment.",
    "Caller rang at 23:40, said he had been drinking.",
]
CONTENT = [
    "Said he has viewed around 1,500 images, mostly Cat C.",
    "Arrested on 12/03/2023, has not been charged yet.",
    "Says he spent 4-5 hours a night online, worse at weekends.",
    "Police told him it could take 18 months to 2 years to get to court.",
    "Lost his job in 2022, now on Universal Credit of about £400 a month.",
    "Fine of £1,200 from a previous offence in 2016.",
    "Has been drinking 3-4 cans a night since the arrest.",
    "He stopped using Snapchat and Discord after the police visit.",
    "Deleted his Kik and Telegram accounts last week.",
    "Said his Snapchat account was closed by the platform.",
    "Talked at length about shame and fear of being found out.",
    "Worried his employer will find out; works at a large supermarket.",
    "He is at home most days and looked at images at night when wife was asleep.",
    "Has 2 children aged 8 and 11; social work visited on Monday.",
    "Expressed suicidal thoughts last week, none today, has a plan to keep safe.",
    "He has been on the Inform Plus course, 10 sessions, finished in June.",
    "Spoke about compulsive porn use escalating over 5 years.",
    "Mum found his phone at 2am and saw chats with a 13-year-old.",
    "Was sentenced to 300 hours unpaid work and a 3 year community order.",
    "SOPO in place for 5 years, restrictions on internet use.",
    "PHQ-9 score was 19 at the GP in January.",
    "Says he has had thoughts about children since he was about 14.",
    "His daughter's birthday party last Saturday was very hard for him.",
    "Wife discovered the search history on 05/01/2024.",
    "He viewed material on the dark web for about 6 months in 2020.",
    "Registered sex offender for 7 years; MAPPA level 1.",
    "Caller feels 80% of his day is taken up with worry.",
    "Has seen his probation officer twice in 3 weeks.",
    "Says he has been clean for 9 months and 12 days.",
    "Uses Instagram and TikTok for work; worries about what he sees.",
    "Talked through 3 occasions where he nearly relapsed.",
    "Son was given a warning at 16; now 19 and at college.",
    "Spends about 2 hours every evening on gaming sites, chats with teens.",
    "Paid £30,000 in legal fees so far, under a lot of pressure.",
    "Caller's wife left on 1 February with the 3 kids.",
    "Was on remand for 6 weeks in 2019.",
    "Police returned 1 of his 3 devices in April.",
    "Finds weekends hardest, especially after 10pm.",
    "Said his thoughts started after a difficult year at work.",
    "Asked if calls are recorded; explained they are not.",
    "Feels he cannot tell anyone, including his brother in the army.",
    "He was looking at images at work twice a week.",
    "Mentioned he has a 2 year old grandchild he sees on Sundays.",
    "Worried about a family wedding on 22 July with children present.",
    "Counsellor costs £45 a session, he can afford 1 a fortnight.",
    "Caller said the police visit was 7 weeks ago.",
    "Took 2 days off work after the arrest, told manager he was ill.",
    "Scored 7/10 on worry today, down from 9/10 last week.",
    "Talked about the 2019 documentary that made him call.",
    # Deliberately awkward: numbers, colons and platform names that are not identifiers.
    "Aged 15 at the time; now 31. Looked at them 100s of times, he said.",
    "Offered 3 x 20 min sessions; first one on 14/05 at 10.30.",
    "Scored 14 on PHQ-9 and 11 on GAD-7 in June 2019-March 2020.",
    "Snapchat: he said he stopped using it in 2021.",
    "On Discord - mostly gaming servers with under-16s.",
    "Police Scotland told him to call 101 if anything changes.",
    "Worry is 8/10, urges 6/10, sleep about 4.5 hrs a night.",
    "Has court at Edinburgh Sheriff Court on 14 June 2024 at 10am.",
    "Has 2 Sheriff Court dates in the next month.",
    "Lives in a 2 bedroom flat with his mum, 1 dog.",
    "Spent 3 hours walking the streets on Friday night.",
    "He logged in 24/7 at one point, around 2,000 hours in total.",
    "Was in S4 when it started, about 2006.",
    "Sent £250 to a blackmailer in 2023 and was asked for £1,000 more.",
    "Said 1 in 5 people he knows would cut him off.",
    "Used a VPN and Tor, version 13 something.",
    "Looked at images.com style sites, he wasn't specific.",
]
ACTION = [
    "Discussed safety plan and internet filters.",
    "Signposted to Stop It Now self-help modules 1-3.",
    "Explored triggers and coping strategies.",
    "Encouraged him to speak to his GP about medication.",
    "Discussed telling his partner; he is not ready.",
    "Explained the Inform course for partners.",
    "Agreed to call back next Tuesday between 10 and 12.",
    "Offered the Family Support service.",
    "Talked through what happens after a police interview.",
    "Reminded caller we are anonymous and confidential.",
    "Gave information about Samaritans and Breathing Space.",
    "Discussed not being alone with children for now.",
    "Talked about removing apps from his phone.",
    "Validated his decision to seek help.",
    "Advised him to speak to his solicitor about the court date.",
    "Discussed 3 small changes he could make this week.",
    "Explained we cannot give legal advice.",
    "Encouraged use of the 24 hour crisis lines if needed.",
    "Went through the 5 steps of the safety plan.",
    "Signposted to stopitnow.org.uk for the online modules.",
]
CLOSE = [
    "40 min call.", "Call lasted 25 minutes.", "55 min.", "Short call, 8 mins.", "Call ended at 14:05.",
    "Approx 1 hr.", "Call 1 of 2 today.", "Ended calmly after 35 minutes.", "Call dropped at 20 min.",
    "Total 47 mins.", "", "", "Caller thanked us.", "Will call again in 2 weeks.", "Rang 3 times before getting through.",
    "Started 09:30, ended 10:15.", "Call at 7.45pm for half an hour.", "Around 30-40 minutes.",
]

def build_benign():
    seen = set()
    lines = []
    while len(lines) < 360:
        parts = [rng.choice(WHO), rng.choice(CONTENT)]
        if rng.random() < 0.6:
            parts.append(rng.choice(CONTENT))
        parts.append(rng.choice(ACTION))
        parts.append(rng.choice(CLOSE))
        note = " ".join(p for p in parts if p)
        if note not in seen:
            seen.add(note)
            lines.append(note)
    return lines

HEADER_ID = ("# kind<TAB>note; the identifier is marked {{like this}}. Generated by "
             "src/test/resources/privacy/generate_privacy_sets.py - safe test data only.")
HEADER_BENIGN = ("# One ordinary helpline note per line, containing no identifiers. Generated by "
                 "src/test/resources/privacy/generate_privacy_sets.py.")

with open(OUT + "identifiers.tsv", "w") as f:
    f.write(HEADER_ID + "\n" + "\n".join(build_identifiers()) + "\n")
with open(OUT + "benign.tsv", "w") as f:
    f.write(HEADER_BENIGN + "\n" + "\n".join(build_benign()) + "\n")

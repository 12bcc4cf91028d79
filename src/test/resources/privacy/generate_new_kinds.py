#!/usr/bin/env python3
"""Generates the labelled set for the identifier kinds added in issue 18 (names, schools and groups, workplaces,
vehicle registrations, spoken numbers, dictated emails, cards, passports, bank details, named streets) and a set
of benign helpline notes dense with capitalised words that are not identifiers (services, platforms, places,
months, weekdays, Will/May/Hope/Mark/Grace/Bill at a sentence start).

Safe test data only: invented people, schools and employers; card numbers are generated to pass the Luhn check
and start with test prefixes; no real person is described. Many lines are written out by hand (HAND_* below);
the rest combine hand-written sentence frames with varied values, in several styles (lower case, typos, names at
a sentence start, names next to ages). Deterministic; re-run from the repository root and commit the output:
    python3 src/test/resources/privacy/generate_new_kinds.py
"""
import random

rng = random.Random(20261203)
OUT = "src/test/resources/privacy/"

# ------------------------------------------------------------------------------------------------ values
GIVEN = ["Oliver", "Jack", "Darren", "Gregor", "Kyle", "Jayden", "Callum", "Ruaridh", "Eilidh", "Mhairi", "Aoife",
         "Niamh", "Siobhan", "Saoirse", "Zofia", "Jakub", "Kacper", "Wiktoria", "Szymon", "Aisha", "Priya",
         "Harpreet", "Imran", "Faisal", "Zara", "Ayesha", "Mohammed", "Omar", "Yusuf", "Fatima", "Maryam", "Hamza",
         "Chidi", "Ngozi", "Kwame", "Amara", "Tendai", "Abdi", "Fadumo", "Kofi", "Lachlan", "Isla", "Ava", "Freya",
         "Lewis", "Logan", "Finlay", "Harris", "Sophie", "Kayleigh", "Shannon", "Connor", "Liam", "Ellie", "Ruby",
         "Morag", "Agnes", "Isobel", "Davie", "Tam", "Shug", "Rab", "Senga", "Jimmy", "Stacey", "Chantelle", "Ryan",
         "Tomasz", "Oskar", "Bartek", "Anya", "Leon", "Ethan", "Noah", "Archie", "Alfie", "Orla", "Cillian", "Eoin",
         "Seonaidh", "Catriona", "Iona", "Ewan", "Fraser", "Jamie", "Rory", "Kirsty", "Lauren", "Megan", "Caitlin",
         "Nathan", "Dylan", "Declan", "Aidan", "Ibrahim", "Layla", "Hassan", "Adebayo", "Olu", "Blessing",
         "Emeka", "Ifeoma", "Piotr", "Kasia", "Dawid", "Maja", "Lena", "Bilal", "Sanjay", "Arjun", "Deepa",
         "Gurpreet", "Mandeep", "Tariq", "Nadia", "Samira", "Leyla", "Teodor", "Milosz", "Kerr", "Brodie"]
AMBIGUOUS = ["Will", "May", "Hope", "Grace", "Mark", "Bill", "Rose", "Frank", "Sunny", "Faith", "Dawn", "Holly"]
SURNAMES = ["Mackay", "Lindsay", "Okafor", "Campbell", "MacLeod", "Robertson", "Paterson", "McAllister", "Kowalski",
            "Nowak", "Wisniewski", "Khan", "Hussain", "Ahmed", "Patel", "Singh", "Kaur", "Begum", "Mwangi", "Osei",
            "Okeke", "Kamara", "Doherty", "O'Neill", "Gallagher", "McLaughlin", "Brown", "Stewart", "Thomson",
            "Fraser", "Henderson", "Ritchie", "Sneddon", "Urquhart", "Drummond", "Cairns", "Meikle", "Nicolson",
            "Rafferty", "Docherty", "Byrne", "Quinn", "Sutherland", "Munro", "Gilchrist", "Baird", "Yousaf",
            "Zielinski", "Lewandowski", "Mahmood", "Rashid", "Ncube", "Owusu", "Adeyemi", "Haddad", "Farah"]
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Mr.", "Mrs.", "Dr."]

def full():
    return rng.choice(GIVEN) + " " + rng.choice(SURNAMES)

SCHOOLS = ["Trinity Academy", "Gylemuir Primary", "Our Lady's High School", "St Mungo's Academy",
           "Holy Rood High School", "Tynecastle High School", "Leith Primary", "Portobello High",
           "Craigroyston Community High School", "St Ninian's Primary", "Bankhead Nursery", "Forthview Primary School",
           "Dunfermline High School", "Inverkeithing Nursery", "Fife College", "Edinburgh College",
           "West Lothian College", "Kelvinside Academy", "Hillhead High School", "Govan High", "St Roch's Secondary",
           "Balerno Community High School", "Wester Hailes Education Centre", "Bellsquarry Primary",
           "Auchmuty High School", "Lochgelly West Primary", "Perth Academy", "Inverness Royal Academy",
           "Dingwall Academy", "St Kentigern's Academy", "Castleview Primary", "Granton Early Years Centre",
           "Sighthill Primary", "Broomhouse Nursery", "Calderglen High School", "Carrick Academy"]
GROUPS = ["Tynecastle Boys Club", "3rd Dunfermline Brownies", "Hutchison Vale Football Club", "Leith Victoria Boxing Club",
          "Musselburgh Athletic Club", "12th Edinburgh Scouts", "1st Kirkcaldy Boys' Brigade", "Penicuik Youth Club",
          "Wester Hailes Youth Project", "St Andrew's Parish Church", "Gorgie Dalry Church", "Kirkcaldy Gurdwara",
          "Annandale Street Mosque", "Craigentinny Cubs", "Portobello Swimming Club", "Tranent Colts",
          "Bonnyrigg Rose Athletic", "Currie Rugby Club", "Livingston Sea Cadets", "Granton Youth Theatre",
          "Stockbridge Parish Church", "Lochend Dance School", "2nd Cupar Rainbows", "Fauldhouse Juniors"]
EMPLOYERS = ["Tesco", "Asda", "Lidl", "Greggs", "Sainsbury's", "the Co-op", "Lothian Buses", "Scotmid",
             "McDonald's", "Amazon", "Royal Mail", "Screwfix", "B&Q", "Farmfoods", "Costa", "Nando's", "Wetherspoons",
             "Morrisons", "Aldi", "ScotRail", "First Bus", "Primark", "Boots", "Iceland", "Home Bargains",
             "Forth Valley Joinery", "Caledonian Cleaning Services", "Kerr & Sons Plumbing", "Braid Hills Hotel",
             "the Crown Inn", "the Steading", "Pentland Motors", "Leith Dockers Club", "Fife Council",
             "Borders General Hospital", "Dunedin Print", "Clydebank Cash and Carry", "Stagecoach",
             "Glenmorangie Distillery", "Arnold Clark", "Baxters", "Tunnock's"]
TOWNS = ["Leith", "Dalkeith", "Musselburgh", "Kirkcaldy", "Livingston", "Paisley", "Motherwell", "Falkirk", "Perth",
         "Dundee", "Inverness", "Govan", "Partick", "Penicuik", "Bathgate", "Dunfermline", "Ayr", "Kilmarnock", "Elgin",
         "Stirling", "Portobello", "Gorgie", "Wester Hailes", "Methil", "Cowdenbeath"]
STREETS = ["Mill Lane", "Ferry Road", "Easter Road", "Gorgie Road", "Dalry Road", "Lochend Crescent",
           "Glenview Crescent", "Marchmont Road", "Bruntsfield Place", "Craigentinny Avenue", "Pilrig Street",
           "Restalrig Terrace", "Duke Street", "Bellfield Street", "Kirk Wynd", "Church Brae", "Station Road",
           "Victoria Terrace", "Clermiston Drive", "Broomhouse Walk", "Saughton Mains Gardens", "Moredun Park Road"]

def reg():
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    tail = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    f = rng.randrange(4)
    if f == 0:
        r = rng.choice(letters) + rng.choice(letters) + "%02d" % rng.choice([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 65, 66, 67, 68, 69, 70, 71, 72, 73]) + " " + "".join(rng.choice(tail) for _ in range(3))
    elif f == 1:
        r = rng.choice("ABCDEFGHJKLMNPRSTVWXY") + str(rng.randrange(1, 999)) + " " + "".join(rng.choice(tail) for _ in range(3))
    elif f == 2:
        r = "".join(rng.choice(tail) for _ in range(3)) + " " + str(rng.randrange(1, 999)) + rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    else:
        r = rng.choice(letters) + rng.choice(letters) + "%02d" % rng.choice([18, 19, 20, 21, 68, 69, 70]) + "".join(rng.choice(tail) for _ in range(3))
    return r.lower() if rng.random() < 0.2 else r

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

def spoken():
    digits = "07700900" + "%03d" % rng.randrange(1000) if rng.random() < 0.6 else "0131496" + "%04d" % rng.randrange(10000)
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            out.append("double " + ("oh" if d == "0" and rng.random() < 0.5 else WORDS[int(d)]))
            i += 2
            continue
        w = WORDS[int(d)]
        if d == "0" and rng.random() < 0.4:
            w = "oh"
        out.append(w)
        i += 1
    sep = rng.choice([" ", " ", ", ", "-"])
    s = sep.join(out)
    return s.capitalize() if rng.random() < 0.1 else s

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    for check in range(10):
        total = 0
        for i, d in enumerate(reversed(digits + [check])):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10 == 0:
            return "".join(map(str, digits + [check]))

def card():
    n = luhn_complete(rng.choice(["4111", "4000", "5555", "5105", "4929", "5425"]), 16)
    style = rng.randrange(3)
    if style == 0:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if style == 1:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n

def passport():
    return str(rng.randrange(100000000, 999999999)) if rng.random() < 0.8 else rng.choice(["AB", "X", "PL"]) + str(rng.randrange(1000000, 9999999))

def sort_code():
    return rng.choice(["-", " "]).join("%02d" % rng.randrange(100) for _ in range(3))

def account():
    return "%08d" % rng.randrange(10 ** 7, 10 ** 8)

# ------------------------------------------------------------------------------------------------ hand-written notes
# One identifier per line, marked {{like this}}.
HAND = """
NAME	Worried his grandson {{Oliver}} has seen the pictures on his phone.
NAME	The woman next door, {{Mrs Okafor}}, saw him in the garden with the kids.
NAME	{{Gregor Lindsay}} rang again about the court date. Calmer than last week.
NAME	Her ex {{Darren Mackay}} was charged in March; she wants to know what happens next.
NAME	Caller said the lad next door, {{Kyle}}, is always round at theirs.
NAME	{{Darren}} rang back after the call dropped.
NAME	{{Oliver}}'s dad found the messages on Saturday night.
NAME	Daughter {{J.S.}}, 14, told a teacher about the photos.
NAME	mum worried about her son {{jayden}} who is 13 and on discord a lot.
NAME	Caller asked us to pass a message to {{Dr Patel}} at his practice, explained we can't.
NAME	her boyfriend {{Ryan}} has been sending her money.
NAME	Spoke to {{Mhairi}}, the caller's sister, who took over the call.
NAME	A girl called {{Hope}} at the youth club messaged him first, he says.
NAME	His wife {{Grace}} doesn't know about the arrest.
NAME	Her stepson {{Will}} is 15 and she's worried about what he watches.
NAME	{{Mark}} rang back at 4pm as agreed.
NAME	{{May}}'s mum called the police, not the caller.
NAME	The social worker, {{Ms Nowak}}, has been great according to the caller.
NAME	Worried about her nephew {{Cillian}}, 16, and an older man online.
NAME	{{tomasz kowalski}} is the name he gave, I did not write down more.
NAME	He kept mentioning {{Aisha}} from work and the texts he sent her.
NAME	caller's partner {{bartek}} was arrested at 6am.
NAME	Uncle {{Rab}} has been staying with them since Christmas.
NAME	Caller said his brother {{Imran Hussain}} was at the house when police came.
NAME	Granny {{Agnes}} looks after the kids on Tuesdays.
NAME	Her daughter's friend {{Ngozi}} told her what was happening.
NAME	The man she spoke of, {{Mr McAllister}}, coaches the under-12s.
NAME	{{Kwame}} said he would ring again next week.
NAME	Worried that {{Eilidh}} (12) has been talking to adults on Roblox.
NAME	his son {{finlay}} aged 9 found the laptop.
NAME	Wife {{Stacey}} found out on Friday and left with the children.
NAME	Caller's neighbour {{Mrs Baird}} has been asking questions.
NAME	{{Piotr}} wants to know if he should tell his employer.
NAME	He goes by {{Shug}} at the club.
NAME	The priest, {{Father Doherty}}, suggested he call us.
NAME	{{Frank}} said he's been clean of it for three months.
NAME	Mum of {{Leon}}, 15, who was caught sharing images.
NAME	Caller named the other boy as {{Callum Stewart}}.
NAME	His mate {{Davie}} showed him the group chat.
NAME	Her grandson {{Lachlan}} is staying with her this summer.
NAME	{{Rose}} said her husband would be on the line for part of the call.
NAME	Asked for {{Siobhan}} who he spoke to last time; told him we don't keep track of that.
NAME	The teacher, {{Miss Quinn}}, phoned his mum.
NAME	cousin {{zofia}} has the passwords to his accounts.
NAME	his pal {{Kerr}} from school was in the group chat too.
NAME	{{Bill}} rang in tears after his court appearance.
NAME	Child's first name is {{Amara}}, caller said, then apologised.
NAME	Dad of {{Noah}} (7) and {{Ava}} (4) worried about the new partner.
NAME	{{K.M.}}, 15, mentioned as the girl in the photos.
NAME	His probation officer {{Ms Gilchrist}} suggested he ring us.
NAME	Sister in law {{fatima}} found his second phone.
NAME	{{Harpreet}} called about her husband's thoughts.
NAME	Caller's eldest, {{Eoin}}, has stopped speaking to him.
NAME	the boy {{ethan}} 14 told his mum.
NAME	{{Sunny}} said her son is struggling since the arrest.
NAME	Worried about the babysitter, {{Kirsty}}, and what her boyfriend does.
NAME	Gave his full name as {{Rory Sutherland}} before I could stop him.
NAME	{{Mrs Kamara}} from across the road is very involved with the kids.
NAME	His girlfriend's daughter {{Layla}} is 11.
NAME	Says {{Jamie}} was only 14 at the time.
SCHOOL	Her daughter is at {{Trinity Academy}} and the boy is in her class.
SCHOOL	He helps out at {{Gylemuir Primary}} on Wednesdays.
SCHOOL	Son is in S3 at {{Our Lady's High School}}.
SCHOOL	She takes the kids to {{3rd Dunfermline Brownies}} on Mondays.
SCHOOL	He runs the under-10s at {{Tynecastle Boys Club}}.
SCHOOL	The other boy goes to {{Portobello High}} too, she thinks.
SCHOOL	Caller volunteers with {{12th Edinburgh Scouts}}.
SCHOOL	Her son started at {{Bankhead Nursery}} in August.
SCHOOL	He is studying at {{Fife College}} and worried about being found out.
SCHOOL	They attend {{St Andrew's Parish Church}} every Sunday.
SCHOOL	the images were shared around {{holy rood high}} apparently.
SCHOOL	Her lad plays for {{Hutchison Vale Football Club}}.
SCHOOL	Teacher at {{Sighthill Primary}} raised the concern.
SCHOOL	he's a leader at {{Penicuik Youth Club}} and worried about his thoughts.
SCHOOL	Both kids go to {{Kirkcaldy Gurdwara}} with their gran.
SCHOOL	Told us he coaches at {{Musselburgh Athletic Club}}.
SCHOOL	The boy in question is in P7 at {{st ninian's primary}}.
SCHOOL	She's a dinner lady at {{Castleview Primary}}.
SCHOOL	Son attends {{Granton Early Years Centre}}.
SCHOOL	He goes to {{Lochend Dance School}} on Thursdays.
WORKPLACE	He stacks shelves at the {{Asda in Leith}}.
WORKPLACE	She works at {{Greggs}} on the high street.
WORKPLACE	He is a caretaker at {{Braid Hills Hotel}}.
WORKPLACE	Serves at the {{Crown Inn in Penicuik}} most nights.
WORKPLACE	works for {{Lothian Buses}} as a driver.
WORKPLACE	He's a manager at {{Tesco Extra}} and worried about staff finding out.
WORKPLACE	Employed by {{Forth Valley Joinery}} for 12 years.
WORKPLACE	Her husband works at {{Pentland Motors}}.
WORKPLACE	he drives for {{amazon}} and is out all day.
WORKPLACE	Got a job at {{Screwfix in Livingston}} last month.
WORKPLACE	Does nights at the {{Co-op}} in town.
WORKPLACE	Volunteers at {{Leith Dockers Club}} on Saturdays.
WORKPLACE	He's a porter at {{Borders General Hospital}}.
WORKPLACE	works in {{Caledonian Cleaning Services}} with his brother.
WORKPLACE	She's a cleaner at {{Arnold Clark}} and heard the gossip.
VEHICLE_REG	reg {{SY21 ABC}}, a silver Corsa, parked outside the school.
VEHICLE_REG	She took down the plate: {{SN68 XKT}}.
VEHICLE_REG	he drives a white van, {{sf19 hpr}}.
VEHICLE_REG	Old red Fiesta, {{P123 KLM}}, seen at the park.
VEHICLE_REG	The car was {{ABC 123D}} she thinks.
VEHICLE_REG	Number plate {{SK70WXE}} on the black BMW.
PHONE	His number is {{seven seven zero zero nine zero zero four five six}}.
PHONE	She read out {{oh seven seven double oh nine double oh one two three}} before I stopped her.
PHONE	Caller gave {{zero one three one four nine six zero zero zero zero}} as his landline.
PHONE	mob is {{0 7 7 0 0 9 0 0 8 8 8}} he said.
EMAIL	His email is {{gregor underscore l at example dot com}}.
EMAIL	Write to me at {{jaybee99 (at) example (dot) co (dot) uk}} he said.
EMAIL	Email {{k.mackay AT example DOT org}} she spelled out.
EMAIL	Said to reach him on {{daz @ example . net}}.
PAYMENT_CARD	Paid the blackmailer with card {{4111 1111 1111 1111}}.
PASSPORT	Read out his passport number, {{123456784}}, asking if it was flagged.
BANK_ACCOUNT	Sent £300 to sort code {{40-47-84}} as they demanded.
BANK_ACCOUNT	The account number was {{41325890}}, he read it out.
STREET_ADDRESS	She lives on {{Mill Lane}} in Kinross.
STREET_ADDRESS	He is staying on {{Ferry Road}} with a friend.
""".strip().splitlines()

# ------------------------------------------------------------------------------------------------ frames
NAME_FRAMES = [
    "Worried about her son {X}, who is 14.", "Caller's daughter {X} found the images.", "Her partner {X} was arrested last week.",
    "{X} rang again, more settled today.", "{X} said the police took both phones.", "{X}'s mum is worried about the new boyfriend.",
    "His brother {X} knows about the charges.", "Spoke to {X} for about 20 minutes.", "A boy called {X} has been messaging her.",
    "The neighbour, {X}, has been asking questions.", "Grandson {X} stays every second weekend.", "His ex-wife {X} has custody.",
    "{X} told his GP about the thoughts.", "her dad {X} doesn't know yet.", "Dad called about {X}, 15, and what he has seen online.",
    "She named the man as {X}.", "He asked for {X} by name.", "Mum of {X} (12) rang in the evening.", "Her nephew {X} is 17.",
    "{X} wants to tell his wife but is scared.", "Caller's friend {X} was on the line for a bit.", "He kept saying {X} would leave him.",
    "The other lad, {X}, was at the party too.", "{X} works nights and leaves the kids with his mother.",
    "Our caller's stepdaughter {X} is 9.", "{X}'s teacher noticed a change in him.", "Aunt {X} looks after them on Fridays.",
    "Her son {X} aged 16 was cautioned.", "{X} admitted he had searched for it.", "Cousin {X} shared the video in the family chat.",
]
NAME_LOWER_FRAMES = ["her son {x} is 14 and on tiktok a lot", "caller's partner {x} was charged", "{x} rang back after 10 mins",
                     "worried about grandson {x}, 13", "his mate {x} sent it to him", "{x}'s dad called the police"]
TYPO_FRAMES = ["worried abt her grandon {X}, 12.", "her freind {X} told her", "{X} rang agian, v upset", "the boy {X} (14) was upsett"]

SCHOOL_FRAMES = ["Her son is at {X}.", "He helps out at {X} on weekends.", "The girl goes to {X}.", "Both kids attend {X}.",
                 "He coaches at {X}.", "The teacher at {X} noticed.", "Daughter started at {X} this term.",
                 "He's a volunteer with {X}.", "Images were shared among pupils at {X}.", "The boy is in S2 at {X}.",
                 "Caller used to go to {X} himself.", "Her son plays for {X}.", "She's a helper at {X}.",
                 "They met through {X}.", "The incident was at {X} last Friday."]
WORK_FRAMES = ["He works at {X}.", "She works for {X} in town.", "He's a driver for {X}.", "Employed by {X} since 2015.",
               "He is a manager at {X}.", "Her husband works at {X} and does nights.", "He does shifts at {X}.",
               "Got a job at {X} in the summer.", "He's a cleaner at {X}.", "Volunteers at {X} on Sundays.",
               "She serves at {X}.", "Worried about losing his job at {X}."]
REG_FRAMES = ["Car reg {X}.", "Silver Astra, {X}, outside the house.", "She noted the plate {X}.", "He drives a van, reg {X}.",
              "The car was {X}, a blue Golf.", "Saw the same car, {X}, at the school gates.", "Registration {X}, she said.",
              "number plate {X}", "Black Range Rover {X} parked there daily."]
SPOKEN_FRAMES = ["His number is {X}.", "She said {X}, then stopped.", "Mobile: {X}.", "Caller read out {X} for a callback.",
                 "ring me on {X} he said", "He gave the number {X} twice."]
EMAIL_VALUES = ["jo underscore b at example dot com", "mary dot smith at example dot co dot uk", "daz99 (at) example (dot) net",
                "k.brown AT example DOT org", "quietfox [at] example [dot] com", "sam @ example . org", "big_dave at example dot com",
                "r dot mcleod at example dot co dot uk", "lisa underscore 88 at example dot net", "tam (at) example (dot) scot"]
EMAIL_FRAMES = ["His email is {X}.", "She spelled out {X}.", "Wants a reply to {X}.", "Email was {X}, he said.", "contact: {X}"]
CARD_FRAMES = ["Paid with card {X}.", "Card number {X} was used for the payment.", "He read out his card, {X}.",
               "The blackmailer took {X}.", "Card ending in the number {X}, he gave it all.", "Used his debit card {X} on the site."]
PASSPORT_FRAMES = ["Passport number {X}.", "His passport no. {X} was taken by police.", "passport: {X}",
                   "Read out his passport number {X}.", "She gave her passport number, {X}.", "passport is {X}"]
SORT_FRAMES = ["Sort code {X}.", "Money went to sort code {X}.", "He gave sort code {X} and the account.",
               "sort code {X}", "Bank sort code was {X}."]
ACCOUNT_FRAMES = ["Account number {X}.", "Sent to account {X}.", "account no {X}", "The account number is {X}, he said."]
STREET_FRAMES = ["She lives on {X} in Kinross.", "He is staying on {X} for now.", "They moved to {X} last year.",
                 "Lives just off {X}.", "His flat is near {X}."]

FILLER = ["First contact.", "Repeat caller.", "Calm by end of call.", "40 min call.", "Signposted to Stop It Now.",
          "Explained we are anonymous.", "Discussed the safety plan.", "Caller very anxious.", "Call dropped once.",
          "Talked through next steps.", "Gave the Breathing Space number.", "Will call again next week."]

def wrap(sentence):
    r = rng.random()
    if r < 0.35:
        return sentence
    if r < 0.7:
        return rng.choice(FILLER) + " " + sentence
    return rng.choice(FILLER) + " " + sentence + " " + rng.choice(FILLER)

def mark(frame, value):
    return frame.replace("{X}", "{{" + value + "}}").replace("{x}", "{{" + value + "}}")

ADULT_FRAMES = {"The neighbour, {X}, has been asking questions.", "She named the man as {X}.", "He asked for {X} by name.",
                "Spoke to {X} for about 20 minutes.", "He kept saying {X} would leave him.", "{X} rang again, more settled today."}

def name_value(frame=""):
    r = rng.random()
    if 0.75 <= r < 0.85 and frame not in ADULT_FRAMES:
        r = 0.5
    if r < 0.45:
        return rng.choice(GIVEN)
    if r < 0.75:
        return full()
    if r < 0.85:
        return rng.choice(TITLES) + " " + rng.choice(SURNAMES)
    return rng.choice(AMBIGUOUS)

lines = []
for line in HAND:
    lines.append(line)
for _ in range(170):
    f = rng.choice(NAME_FRAMES)
    v = name_value(f)
    context = any(w in f for w in ("son", "daughter", "partner", "wife", "brother", "nephew", "friend", "called", "named",
                                   "neighbour", "Aunt", "Cousin", "Grandson", "ex-wife", "dad", "Mum of", "about {X}, 15"))
    if v in AMBIGUOUS and not context and "'s" not in f:
        v = rng.choice(GIVEN)
    if v in AMBIGUOUS and f.startswith("{X}") and "'s" not in f:
        v = v + " " + rng.choice(SURNAMES)  # an everyday-word name alone at a sentence start is not a name
    if f.startswith("{X}'s") and " " in v:
        v = v.split(" ")[0]
    lines.append("NAME\t" + wrap(mark(f, v)))
for _ in range(25):
    lines.append("NAME\t" + mark(rng.choice(NAME_LOWER_FRAMES), rng.choice(GIVEN[:60]).lower()))
for _ in range(12):
    lines.append("NAME\t" + mark(rng.choice(TYPO_FRAMES), rng.choice(GIVEN)))
for _ in range(60):
    v = rng.choice(SCHOOLS + GROUPS)
    lines.append("SCHOOL\t" + wrap(mark(rng.choice(SCHOOL_FRAMES), v)))
for _ in range(45):
    v = rng.choice(EMPLOYERS)
    f = rng.choice(WORK_FRAMES)
    if v.startswith("the "):
        f = f.replace("{X}", "the {X}")
        v = v[4:]
    lines.append("WORKPLACE\t" + wrap(mark(f, v)))
for _ in range(40):
    lines.append("VEHICLE_REG\t" + wrap(mark(rng.choice(REG_FRAMES), reg())))
for _ in range(30):
    lines.append("PHONE\t" + wrap(mark(rng.choice(SPOKEN_FRAMES), spoken())))
for _ in range(20):
    lines.append("EMAIL\t" + wrap(mark(rng.choice(EMAIL_FRAMES), rng.choice(EMAIL_VALUES))))
for _ in range(30):
    lines.append("PAYMENT_CARD\t" + wrap(mark(rng.choice(CARD_FRAMES), card())))
for _ in range(30):
    lines.append("PASSPORT\t" + wrap(mark(rng.choice(PASSPORT_FRAMES), passport())))
for _ in range(16):
    lines.append("BANK_ACCOUNT\t" + wrap(mark(rng.choice(SORT_FRAMES), sort_code())))
for _ in range(14):
    lines.append("BANK_ACCOUNT\t" + wrap(mark(rng.choice(ACCOUNT_FRAMES), account())))
for _ in range(15):
    lines.append("STREET_ADDRESS\t" + wrap(mark(rng.choice(STREET_FRAMES), rng.choice(STREETS))))

with open(OUT + "identifiers-new-kinds.tsv", "w", encoding="utf-8") as f:
    f.write("# kind<TAB>note; the identifier is marked {{like this}}. Generated by generate_new_kinds.py - invented data only.\n")
    for l in lines:
        f.write(l + "\n")

# ------------------------------------------------------------------------------------------------ benign notes
BENIGN_HAND = """
Will call back on Monday if he can get a quiet moment.
May need to think about telling his wife before the court date.
Hope is what he said he had lost. Talked about small steps.
Mark on the calendar when the next hearing is, suggested.
Grace period on his rent ends in March, money is tight.
Bill from the solicitor arrived on Friday and he panicked.
Frank conversation about his urges; he was honest with himself.
Sunny day so he'd been out walking, felt better for it.
Rose early and couldn't settle, so rang the line at 7am.
Signposted to Breathing Space and NHS 24 for the weekend.
Police Scotland seized his laptop on Tuesday morning.
Referred to the Lucy Faithfull Foundation's online modules.
Stop It Now self-help modules 1 to 3 discussed.
Samaritans are there overnight if things get worse, reminded him.
He's been off Snapchat, Instagram and TikTok since the arrest.
Deleted Discord and Telegram after the police visit in January.
Lives in Glasgow, moved from Aberdeen after the divorce.
Court is in Edinburgh in June, a Thursday.
Grew up in the Highlands, now in Fife.
Spoke about the Christmas period and family contact.
Parents' evening is on Wednesday and she is dreading it.
Childline was mentioned as an option for her son.
Social Work have been in touch since September.
CAMHS referral for the boy is ongoing.
Used Omegle in lockdown, he said, and it escalated from there.
He watched a lot on YouTube and Reddit before he found the images.
NSPCC leaflet was given to the family by the school nurse.
Saw the Get Help Or Get Caught advert on a bus in Dundee.
MAPPA meetings are every three months.
Met his Criminal Justice Social Worker on Monday.
The Procurator Fiscal has not made a decision yet.
Visited by Police Scotland and CEOP officers together.
Will is what his dad left him, and the house.
May and June were the worst months, he said.
Hope Street was where the office was, not relevant now.
Easter holidays are hard with the kids at home.
Going to Inverness for a week at the end of August.
Mum is from Belfast, dad from Cardiff; the family is scattered.
Xbox Live and PlayStation Network were where the chats started.
He used WhatsApp groups and Kik mostly.
Apple and Google accounts were handed over to the police.
On Universal Credit since he lost his job in October.
GP referred him to the Moving Forward Making Changes programme.
Safer Families Scotland was suggested for the partner.
Scottish Women's Aid number given to the caller for herself.
Talked about the Sex Offenders Register and what it means.
He reads the Daily Record and saw the story there.
Friday nights are the riskiest time, he recognises.
Grace and patience with himself, we talked about that.
Will power alone won't do it, he knows that now.
Her son is at university in Glasgow and doing well, she said.
His daughter works at a supermarket and doesn't know.
The man next door has been kind since the arrest.
Spoke to the duty social worker at the council on Monday.
Asked for the Breathing Space number and wrote it down.
Called Childline on behalf of her niece, then rang us.
Named the website but I did not write it down.
The Samaritans' number was given again.
St Andrew's Day was when the police came.
Seen at the Queen Elizabeth University Hospital for his heart.
Went to the Western General for tests in November.
NHS Lothian psychology waiting list is 18 months.
He's a Celtic fan and goes to games with his son.
Watched Hibs v Hearts on Saturday at Easter Road with his brother.
He drives a lorry for work, nights mostly.
Was in his Vauxhall Corsa when police stopped him.
He is on the Sex Offenders Register for 10 years.
The Lucy Faithfull Foundation runs the Inform Plus groups he asked about.
Will he go to prison, he asked. Explained we can't say.
Hope he'll call back; he was in a bad way.
May I ask, she said, whether calls are recorded.
Mark my words, he said, I'm going to change.
Grace at meals is a family thing; he felt a fraud saying it.
Bill was the word he used for the fine.
Frank and open call, he took notes.
Rose to 9 out of 10 on worry after the letter arrived.
Sunny Monday, he had been for a walk along the Water of Leith.
Will and testament worries, who gets the house if he's jailed.
His wife is from Poland and her family are in Krakow.
Her husband is Nigerian and they met in Lagos.
Her partner's mum lives in Aberdeen and doesn't know.
They moved from Dundee to Perth in the spring.
Granny looks after the kids on Tuesdays and Thursdays.
His boss at work has been understanding, he says.
The teacher noticed the change in February.
The social worker from West Lothian Council visited.
Police Scotland's Public Protection Unit are involved.
Caller mentioned the Children's Reporter and a hearing in May.
A Children's Hearing is set for Wednesday.
Her son's friend from football told her what was going on.
He is a Church of Scotland elder and feels ashamed.
He goes to the mosque on Fridays and the imam doesn't know.
His sister, a nurse, found out at work.
Worried about Christmas at his mum's with the grandchildren there.
He uses Google Chrome incognito, we talked about filters.
Apple Screen Time and Google Family Link were suggested.
He deleted Snapchat; his daughter still uses it.
Her ex is in HMP Edinburgh awaiting trial.
His brother in law is a police officer in Fife.
Caller's mother-in-law lives with them in Livingston.
Saw the campaign on a Lothian Buses advert.
He works in IT for a big company in Glasgow.
She works in retail and does weekends.
He's a taxi driver, nights mostly.
Talked about Ramadan and how fasting affects his sleep.
Diwali with the extended family is coming up.
Hogmanay is a trigger; he drinks more.
Burns Night at the club, he'll avoid it this year.
Remembrance Sunday parade with the Boys' Brigade, he used to go.
His son is in the Scouts and he's stepped back from helping.
Her daughter goes to Brownies on Mondays.
He was in the Army for 12 years, left in 2015.
The Procurator Fiscal wrote to him in April.
He has a solicitor from a firm in Edinburgh.
Had a letter from the DVLA about his licence.
The Crown Office said they'd decide by June.
Used an app called Wizz; the police have his phone now.
Stop It Now's website has the modules he mentioned.
He read about Circles of Support and Accountability.
""".strip().splitlines()

CAPS = {
    "service": ["Breathing Space", "NHS 24", "Samaritans", "Police Scotland", "the Lucy Faithfull Foundation", "Stop It Now",
                "Childline", "the NSPCC", "Social Work", "CAMHS", "Victim Support Scotland", "Rape Crisis Scotland",
                "Scottish Women's Aid", "Safer Families", "Shout", "Mind", "the GP", "Citizens Advice", "Shelter Scotland",
                "the Samaritans", "NHS Inform", "Barnardo's", "Sacro", "Circles Scotland", "CEOP"],
    "platform": ["Snapchat", "Instagram", "TikTok", "Discord", "Telegram", "WhatsApp", "Kik", "Roblox", "Xbox", "YouTube",
                 "Reddit", "Facebook", "Omegle", "Twitter", "OnlyFans", "Minecraft", "Fortnite", "Steam", "Twitch", "Wickr"],
    "place": ["Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness", "Perth", "Stirling", "Fife", "West Lothian",
              "the Highlands", "the Borders", "Ayrshire", "Lanarkshire", "Falkirk", "Paisley", "London", "Manchester",
              "Newcastle", "Belfast", "Cardiff", "Spain", "Poland", "Ireland", "Orkney", "Shetland", "Dumfries"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

BENIGN_FRAMES = [
    "Signposted to {service} and {service}.", "He stopped using {platform} after the police visit in {month}.",
    "Police came on a {day} morning in {month}.", "Lives in {place}, works shifts.", "Court date is in {month}, a {day}.",
    "Gave details of {service} for out-of-hours support.", "Most of the contact happened on {platform}.",
    "Will ring again on {day} if he can.", "May try {service} at the weekend.", "Hope the {service} referral comes through soon.",
    "Mark the date: sentencing in {month}.", "Grace period on the loan ends in {month}.", "Bill for the solicitor came on {day}.",
    "Moved from {place} to {place} after the arrest.", "Family in {place} don't know.", "Deleted {platform} and {platform} last {day}.",
    "Spent {month} and {month} not sleeping.", "Caller from {place} area, didn't say more.", "{service} has been helpful, he says.",
    "Partner found chats on {platform} in {month}.", "Going to stay with family in {place} over {month}.",
    "Next appointment with {service} on {day}.", "{day} nights are hardest, he says.", "Heard about us through {service}.",
    "Worried his son uses {platform} late at night.", "Police Scotland said it could take until {month}.",
    "Referral to {service} discussed; he'll think about it.", "He was in {place} for work when police called.",
    "The story was all over {platform} in {place}.", "Talked about the {month} anniversary of the arrest.",
    "Sunny spells, he joked, about his mood this week.", "Frank about his use of {platform}.", "Rose at 5 on {day} and couldn't settle.",
    "Will power isn't enough, he knows; spoke about {service}.", "May be moving to {place} in {month}.",
]
HUMAN = ["Caller, 40s, anxious.", "Mum rang about her teenage son.", "Repeat caller, 3rd time this month.",
         "Wife of a man arrested last year.", "Male caller, 60s, worried about his thoughts.", "Dad rang in the evening.",
         "Grandmother called about her grandson, 13.", "Partner of an offender, very upset.", "Caller wouldn't give an age.",
         "Young man, early 20s, frightened by his searches.", "Caller (female, 50s) worried about her brother.",
         "Sister of a man awaiting trial.", "Father of two, recently separated."]
ENDS = ["40 min call.", "Calm by end of call.", "Will call again.", "Thanked us.", "Call dropped at 25 mins.",
        "Reminded him the service is anonymous.", "Safety plan reviewed.", "Short call.", "Explained confidentiality."]

def fill(frame):
    out = frame
    for key, values in CAPS.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", rng.choice(values), 1)
    return out

benign = list(BENIGN_HAND)
while len(benign) < 460:
    parts = [rng.choice(HUMAN)] if rng.random() < 0.6 else []
    for _ in range(rng.randrange(1, 4)):
        parts.append(fill(rng.choice(BENIGN_FRAMES)))
    if rng.random() < 0.6:
        parts.append(rng.choice(ENDS))
    note = " ".join(parts)
    if note not in benign:
        benign.append(note)

with open(OUT + "benign-capitalised.tsv", "w", encoding="utf-8") as f:
    f.write("# One benign helpline note per line, dense with capitalised words that are not identifiers. Generated by generate_new_kinds.py.\n")
    for l in benign:
        f.write(l + "\n")
print(len(lines), "identifier notes;", len(benign), "benign notes")

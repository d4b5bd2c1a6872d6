#!/usr/bin/env python3
"""Deterministic generator of a benchmark corpus of English news articles for hearsay.

Writes .txt articles (headline, blank line, optional byline and dateline, then 6-20
paragraphs, one per line, separated by blank lines) until the corpus reaches --size.
Articles are built from templates and lexicons: people from data/given_names.txt and
data/surnames.txt with roles, organisations from data/orgs.tsv, places from
data/places.tsv (all read at run time), direct quotes in several styles (curly, straight,
British single, split by attribution, running over several paragraphs), reported speech,
groups and anonymous sources, figures (percentages, money in many currencies and scales,
ranges, counts, measures, multipliers, durations), dates (absolute, partial, relative),
filler sentences and, in some files, page furniture ("Most Read Articles" and a list of
headlines, share buttons, credits). Like real news, the corpus has a shape: organisations
are picked half the time by a Zipf law, and a cast of 600 recurring newsmakers (fixed by
the seed) speaks across many articles, so some speakers have thousands of claims and most
have a few.

Standard library only. The same --seed gives byte-identical files, and article i is the
same whatever --size is (each article has its own generator seeded by (seed, i)).

  python3 bench/gen_corpus.py                     # 200 MB into $TMPDIR/hearsay-corpus
  python3 bench/gen_corpus.py --size 50MB --out /tmp/c50 --seed 7
"""

import argparse
import bisect
import datetime
import os
import random
import re
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(os.path.dirname(HERE), "data")

# --------------------------------------------------------------------------------------
# Lexicons from data/ (read at run time)
# --------------------------------------------------------------------------------------


def _lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line


class Lexicon:
    def __init__(self, data_dir):
        def ascii_name(s):
            return re.fullmatch(r"[A-Z][A-Za-z'\-]+", s) is not None

        self.given = sorted({n for n in _lines(os.path.join(data_dir, "given_names.txt")) if ascii_name(n)})
        self.surnames = sorted({n for n in _lines(os.path.join(data_dir, "surnames.txt")) if ascii_name(n)})
        self.orgs = {}  # type -> [(canonical, [aliases])]
        for line in _lines(os.path.join(data_dir, "orgs.tsv")):
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            aliases = [a for a in (cols[3].split("|") if len(cols) > 3 and cols[3] != "-" else []) if a]
            self.orgs.setdefault(cols[1], []).append((cols[0], aliases))
        for v in self.orgs.values():
            v.sort()
        self.cities, self.countries, self.demonyms = [], [], []
        for line in _lines(os.path.join(data_dir, "places.tsv")):
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            name, kind, cc = cols[0], cols[1], cols[2]
            if kind == "city":
                self.cities.append((name, cc))
            elif kind == "country":
                self.countries.append(name)
            elif kind == "demonym" and cc != "-" and not name.endswith("s"):
                self.demonyms.append(name)
        self.cities.sort()
        self.countries.sort()
        self.demonyms.sort()
        for what, lst in (("given names", self.given), ("surnames", self.surnames), ("cities", self.cities),
                          ("countries", self.countries)):
            if not lst:
                sys.exit(f"gen_corpus: no {what} found under {data_dir}")
        if "company" not in self.orgs or "news" not in self.orgs:
            sys.exit(f"gen_corpus: {data_dir}/orgs.tsv has no company or news rows")

    def shape(self, seed):
        """Gives the corpus a shape like real news, fixed by the seed: organisations are
        picked half the time by a Zipf law over a seeded ranking (a few are everywhere, most
        are rare), and a cast of recurring newsmakers speaks in many articles."""
        rng = random.Random(f"hearsay-bench:{seed}:shape")
        self.org_rank = {}
        for kind, lst in sorted(self.orgs.items()):
            ranked = list(lst)
            rng.shuffle(ranked)
            self.org_rank[kind] = (ranked, _zipf_cum(len(ranked), 0.8))
        self.cast = []
        for i in range(NEWSMAKERS):
            kind = rng.choice(["company", "company", "government", "government", "international", "regulator",
                               "university", "party", "ngo"])
            org = self.org(rng, kind)[0] if kind != "government" or rng.random() < 0.5 else ""
            roles = {"company": ROLE_COMPANY, "university": ROLE_ACADEMIC, "ngo": ROLE_NGO}.get(kind, ROLE_GOV)
            self.cast.append(Person(rng, self, rng.choice(roles), org))
        self.cast_cum = _zipf_cum(len(self.cast), 1.0)

    def org(self, rng, kind):
        if kind not in self.orgs:
            kind = "company"
        if rng.random() < 0.5 and getattr(self, "org_rank", None):
            ranked, cum = self.org_rank[kind]
            return ranked[_zipf_index(rng, cum)]
        return rng.choice(self.orgs[kind])

    def newsmaker(self, rng):
        """A copy of a recurring newsmaker, by a Zipf law (not yet introduced in the article)."""
        p = self.cast[_zipf_index(rng, self.cast_cum)]
        q = Person.__new__(Person)
        for f in Person.__slots__:
            setattr(q, f, getattr(p, f))
        q.introduced = False
        return q


NEWSMAKERS = 600


def _zipf_cum(n, exponent):
    cum, total = [], 0.0
    for k in range(1, n + 1):
        total += 1.0 / k ** exponent
        cum.append(total)
    return cum


def _zipf_index(rng, cum):
    return min(bisect.bisect_left(cum, rng.random() * cum[-1]), len(cum) - 1)


# --------------------------------------------------------------------------------------
# Word lists (templates live with the code that uses them)
# --------------------------------------------------------------------------------------

CURRENCY_NAMES = {"yuan", "yen", "euros", "rupees", "won", "rand", "naira", "pesos", "kronor", "ringgit",
                  "dirhams", "riyals", "lira", "zloty"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "several"]

CORP_SUFFIXES = ["Inc.", "Corp.", "Co.", "Ltd.", "Group", "Holdings", "PLC", "AG", "SA", "Group Ltd.", "Co. Ltd."]
INVENTED_ORG_PATTERNS = [
    "{s} Holdings Ltd.", "{c} Technology Co.", "{s} & {s2} LLP", "{c} Port Authority", "{s} Capital Management",
    "{c} Municipal Council", "{s} Energy Corp.", "{c} Institute of Technology", "{s} Logistics Group",
    "{c} Chamber of Commerce", "{s} Pharmaceuticals Inc.", "{c} Water Board", "{s}-{s2} Partners",
    "{c} Metropolitan Transit Authority", "{s} Semiconductor Co.", "Bank of {c}", "{c} Federation of Industries",
]

ROLE_COMPANY = ["chief executive", "chief executive officer", "CEO", "chief financial officer", "CFO", "president",
                "chairman", "chairwoman", "co-founder", "founder and chief executive", "chief operating officer",
                "head of research", "managing director", "vice president of sales", "chief technology officer",
                "general counsel", "head of investor relations", "senior vice president", "chief economist",
                "head of Asia-Pacific", "spokesperson", "spokesman", "spokeswoman", "director of communications"]
ROLE_ANALYST = ["analyst", "senior analyst", "chief economist", "economist", "strategist", "portfolio manager",
                "head of equity research", "chief investment officer", "fund manager", "senior economist",
                "credit analyst", "research director"]
ROLE_GOV = ["minister of finance", "finance minister", "trade minister", "energy minister", "health minister",
            "deputy minister", "secretary of state", "governor", "mayor", "senator", "spokesperson",
            "director general", "commissioner", "chief negotiator", "deputy governor", "state secretary"]
ROLE_ACADEMIC = ["professor of economics", "professor", "associate professor", "research fellow", "senior fellow",
                 "director", "lecturer in public policy", "visiting scholar", "epidemiologist", "climate scientist"]
ROLE_NGO = ["executive director", "campaign director", "policy adviser", "secretary general", "president",
            "head of advocacy", "founder"]
TITLES = ["Dr.", "Prof.", "Mr.", "Ms.", "Mrs.", "Sen.", "Gov.", "Rep.", "Sir", "Dame"]

GROUPS = ["analysts", "economists", "investors", "officials", "experts", "traders", "lawmakers", "critics",
          "health officials", "industry executives", "residents", "union leaders", "diplomats", "regulators",
          "local officials", "market watchers", "scientists", "environmental groups", "consumer advocates",
          "opposition lawmakers", "bankers", "shareholders", "activists", "researchers"]
ANONYMOUS = ["people familiar with the matter", "sources", "a person familiar with the plans",
             "two people with knowledge of the talks", "a senior official who asked not to be named",
             "people close to the company", "a source close to the negotiations", "insiders",
             "one person briefed on the discussions", "officials speaking on condition of anonymity"]

CUES_SAID = ["said", "said", "said", "said", "says", "told reporters", "added", "noted", "explained", "stated",
             "warned", "argued", "insisted", "acknowledged", "conceded", "recalled", "emphasised", "emphasized",
             "wrote", "claimed", "maintained", "observed", "cautioned", "predicted", "estimated", "stressed",
             "pointed out", "suggested", "admitted", "reiterated"]
CUES_THAT = ["said", "said", "said", "told reporters", "added", "noted", "warned", "argued", "insisted",
             "acknowledged", "believes", "thinks", "expects", "estimated", "claimed", "predicted", "confirmed",
             "announced", "reported", "denied", "stressed", "pointed out", "suggested", "wrote", "has said",
             "had said", "told investors", "told analysts on a conference call", "said on Tuesday",
             "said in a statement", "wrote in a note to clients", "said in an interview", "told a news conference"]

TOPICS = {
    "business": {
        "things": ["revenue", "net profit", "operating income", "sales", "quarterly earnings", "gross margin",
                   "free cash flow", "order backlog", "market share", "dividend", "share price", "profit"],
        "products": ["electric vehicles", "smartphones", "cloud services", "memory chips", "luxury goods",
                     "frozen foods", "industrial robots", "jet engines", "solar panels", "medical devices",
                     "streaming subscriptions", "semiconductors", "batteries", "consumer loans"],
        "actions": ["cut costs", "expand into new markets", "buy back shares", "raise prices", "close stores",
                    "build a new factory", "sell its consumer unit", "list its shares", "hire more engineers",
                    "restructure its debt", "acquire a smaller rival", "spin off its cloud division",
                    "reduce its workforce", "double its research budget", "delay the product launch"],
        "roles": ROLE_COMPANY, "orgtypes": ["company", "company", "company", "exchange"],
        "headlines": ["{org} Shares {move} After {surname} Flags {thing_t} Outlook",
                      "{org} to {action_t} as {product_t} Demand {trend_t}",
                      "{org} Reports {pct} Jump in {thing_t}",
                      "{org} Agrees to Buy {org2} for {money}",
                      "{org} Chief {surname} Says {product_t} Slowdown Is Over",
                      "Investors Cheer {org} Results; Shares Up {pct}",
                      "{org} Misses Estimates as Costs Climb",
                      "{org} Plans {count_t} Job Cuts in {city}"],
    },
    "tech": {
        "things": ["computing power", "AI investment", "chip output", "data centre capacity", "user growth",
                   "cloud revenue", "research spending", "subscriber numbers", "model training costs",
                   "advertising income"],
        "products": ["AI accelerators", "large language models", "graphics processors", "foldable phones",
                     "autonomous trucks", "satellite broadband", "quantum computers", "smart glasses",
                     "chatbots", "open-source models", "data centres", "5G equipment"],
        "actions": ["open a research lab", "release a new model", "train its own chips", "partner with local firms",
                    "build data centres", "cut prices for developers", "expand its cloud business",
                    "challenge the export controls", "raise fresh funding", "launch the service abroad"],
        "roles": ROLE_COMPANY + ["chief scientist", "head of AI", "chief AI officer", "lead engineer"],
        "orgtypes": ["company", "company", "research", "university"],
        "headlines": ["{org} Unveils {product_t} to Rival {org2}",
                      "{country} Chipmakers Are Catching Up Fast in AI, {org}’s {surname} Says",
                      "{org} Raises {money} as {product_t} Race Heats Up",
                      "Export Curbs Hit {org} as {product_t} Shortage Deepens",
                      "{org} Says {product_t} Gap With US Is Narrowing",
                      "Inside {org}’s Bet on {product_t}"],
    },
    "economy": {
        "things": ["inflation", "unemployment", "economic growth", "consumer spending", "the trade deficit",
                   "house prices", "wage growth", "industrial output", "retail sales", "bond yields",
                   "the currency", "exports", "core inflation", "public debt"],
        "products": ["government bonds", "mortgages", "the dollar", "oil", "gold", "commodities", "equities",
                     "food prices", "energy imports", "rice exports"],
        "actions": ["raise interest rates", "cut interest rates", "hold rates steady", "tighten lending rules",
                    "intervene in currency markets", "end its bond-buying programme", "widen the fiscal deficit",
                    "introduce new tariffs", "raise the minimum wage", "revise its growth forecast"],
        "roles": ROLE_GOV + ROLE_ANALYST, "orgtypes": ["government", "regulator", "international", "company"],
        "headlines": ["{country} Inflation Slows to {pct} in {month}",
                      "Central Bank Holds Rates as {thing_t} Cools",
                      "{country} Economy Grew {pct} in {quarter}, Beating Forecasts",
                      "{org} Cuts {country} Growth Forecast to {pct}",
                      "Traders Bet on {action_t} After {thing_t} Surprise",
                      "{thing_t} Hits {year}-Year High in {country}"],
    },
    "politics": {
        "things": ["the budget", "the election", "the coalition", "public support", "the reform bill",
                   "voter turnout", "the sanctions package", "the ceasefire", "the trade agreement",
                   "the opposition", "the referendum", "defence spending"],
        "products": ["the bill", "the treaty", "the new tax", "the pension reform", "the migration pact",
                     "the spending plan", "the tariff regime", "the security agreement"],
        "actions": ["call an early election", "veto the bill", "form a new coalition", "negotiate a ceasefire",
                    "impose sanctions", "raise defence spending", "reopen the border", "hold a referendum",
                    "reshuffle the cabinet", "sign the trade agreement", "withdraw troops"],
        "roles": ROLE_GOV, "orgtypes": ["government", "party", "international", "ngo"],
        "headlines": ["{country} Parliament Approves {money} Budget After Marathon Debate",
                      "{surname} Vows to {action_t} Ahead of {month} Vote",
                      "Opposition Slams {org} Over {thing_t}",
                      "{country} and {country2} Sign Deal on {product_t}",
                      "Talks in {city} Stall as {thing_t} Dispute Drags On",
                      "{surname} Wins Confidence Vote by {count} Votes"],
    },
    "energy": {
        "things": ["oil output", "gas prices", "power demand", "emissions", "renewable capacity", "coal use",
                   "electricity prices", "crude inventories", "carbon prices", "grid investment"],
        "products": ["solar farms", "offshore wind", "liquefied natural gas", "green hydrogen", "nuclear reactors",
                     "heat pumps", "battery storage", "crude oil", "biofuels", "transmission lines"],
        "actions": ["phase out coal", "boost oil production", "build new reactors", "cut emissions",
                    "expand the power grid", "subsidise heat pumps", "auction offshore wind licences",
                    "cap energy prices", "extend the nuclear plants", "sign a long-term gas contract"],
        "roles": ROLE_COMPANY + ROLE_GOV + ROLE_ACADEMIC, "orgtypes": ["company", "government", "ngo", "research"],
        "headlines": ["{org} to Build {measure} Solar Plant in {city}",
                      "{country} Oil Output Falls {pct} as Field Maintenance Drags",
                      "{org} Signs {money} LNG Deal With {org2}",
                      "Heatwave Pushes {country} Power Demand to Record",
                      "{surname} Says {country} Will {action_t} by {year}"],
    },
    "health": {
        "things": ["hospital admissions", "infection rates", "waiting lists", "vaccination rates",
                   "drug prices", "health spending", "life expectancy", "staff shortages", "case numbers"],
        "products": ["the vaccine", "the new drug", "weight-loss drugs", "antibiotics", "the screening programme",
                     "generic medicines", "cancer treatments", "the booster campaign"],
        "actions": ["approve the drug", "expand testing", "hire more nurses", "cap drug prices",
                    "open new clinics", "launch a vaccination drive", "review the safety data",
                    "restrict the sale of vapes", "fund new research"],
        "roles": ROLE_ACADEMIC + ROLE_GOV + ["chief medical officer", "head of the intensive care unit",
                                              "nurse", "hospital director"],
        "orgtypes": ["government", "research", "university", "company", "international"],
        "headlines": ["{org} Approves {product_t} After {count_t}-Patient Trial",
                      "{country} Reports {pct} Rise in {thing_t}",
                      "Doctors Warn of {thing_t} Crisis in {city}",
                      "{org} Cuts Price of {product_t} by {pct}"],
    },
    "transport": {
        "things": ["passenger numbers", "freight volumes", "ticket prices", "flight delays", "fuel costs",
                   "port traffic", "car sales", "on-time performance", "shipping rates"],
        "products": ["the high-speed line", "the new terminal", "electric buses", "the metro extension",
                     "the bridge", "container ships", "regional jets", "the rail tunnel", "cargo drones"],
        "actions": ["raise fares", "order new aircraft", "open the line", "expand the airport",
                    "cut routes", "electrify the network", "privatise the railway", "build a second runway"],
        "roles": ROLE_COMPANY + ROLE_GOV, "orgtypes": ["company", "government", "company"],
        "headlines": ["{org} Orders {count} Jets Worth {money}",
                      "{city} Opens {measure} Metro Extension",
                      "Strike Halts Trains Across {country}",
                      "{org} Passenger Numbers Rise {pct} in {month}"],
    },
    "climate": {
        "things": ["global temperatures", "sea levels", "rainfall", "wildfire risk", "crop yields",
                   "forest cover", "glacier melt", "carbon emissions", "drought conditions"],
        "products": ["the climate fund", "flood defences", "the carbon tax", "reforestation projects",
                     "the emissions trading scheme", "early-warning systems"],
        "actions": ["cut emissions faster", "triple renewable capacity", "end deforestation",
                    "pay for loss and damage", "ban new coal plants", "protect coastal cities"],
        "roles": ROLE_ACADEMIC + ROLE_NGO + ROLE_GOV, "orgtypes": ["ngo", "research", "international", "university"],
        "headlines": ["{city} Records Hottest {month} on Record",
                      "Floods Displace {count_t} in {country}",
                      "{org} Warns of {thing_t} Tipping Point",
                      "Nations Pledge {money} for {product_t} at {city} Talks"],
    },
    "labour": {
        "things": ["wages", "working hours", "the pay offer", "pension contributions", "job security",
                   "staffing levels", "overtime pay", "union membership"],
        "products": ["the pay deal", "the new contract", "the four-day week", "the strike ballot",
                     "remote working rules", "the minimum wage"],
        "actions": ["go on strike", "accept the offer", "resume talks", "raise wages", "cut shifts",
                    "recognise the union", "freeze hiring", "offer voluntary redundancies"],
        "roles": ROLE_COMPANY + ["general secretary", "union leader", "shop steward", "labour minister"],
        "orgtypes": ["company", "ngo", "government"],
        "headlines": ["Workers at {org} Vote to Strike Over {thing_t}",
                      "{org} Offers {pct} Pay Rise to End Dispute",
                      "{count_t} Jobs at Risk as {org} Closes {city} Plant",
                      "Union Rejects {org}’s {product_t}"],
    },
}
TOPIC_NAMES = sorted(TOPICS)

ADJ = ["significant", "unprecedented", "difficult", "challenging", "critical", "remarkable", "serious",
       "historic", "temporary", "structural", "modest", "sharp", "gradual", "sustained", "welcome"]
TRENDS = ["rose", "fell", "climbed", "dropped", "jumped", "slipped", "surged", "declined", "edged up",
          "edged down", "grew", "shrank", "plunged", "rebounded", "increased", "decreased"]
TREND_T = ["Slows", "Recovers", "Surges", "Slumps", "Stalls", "Rebounds"]
MOVES = ["Jump", "Slide", "Tumble", "Rally", "Sink", "Soar", "Climb", "Drop"]

FILLER = [
    "The announcement comes at a sensitive time for {the_thing}.",
    "The move marks a shift in strategy for {org}.",
    "{org} did not respond to a request for comment.",
    "A spokesperson for {org} declined to comment.",
    "Representatives for {org} could not be reached for comment.",
    "The figures have not been independently verified.",
    "Details of the agreement were not disclosed.",
    "It was not immediately clear how the plan would be funded.",
    "The decision is expected to be reviewed {date}.",
    "Shares of {org} were little changed in early trading.",
    "{org} is due to report results {date}.",
    "The company employs {count} people worldwide.",
    "The region has long been a hub for {products}.",
    "Such disputes are not new in {country}.",
    "The issue has divided opinion for years.",
    "Markets in {city} were closed for a public holiday.",
    "The talks are set to resume {date}.",
    "Background: {org} was founded in {year} in {city}.",
    "{org}, which is based in {city}, has operations in {ncountries} countries.",
    "The project was first announced {date}.",
    "Critics have questioned the timing of the decision.",
    "The government has set aside {money} for the programme.",
    "Trading volumes were thin ahead of the holiday.",
    "The full report is due to be published {date}.",
    "The plan still requires approval from regulators in {country}.",
    "Both sides have said they want a deal before {date_abs}.",
    "Turnout was the lowest since {year}.",
    "The company last raised prices {date}.",
    "Prices in {city} {trend} {pct} {date}.",
    "{products_cap} account for about {pct} of {org}’s sales.",
]

# Page furniture: section headers followed by a list of headlines, and single lines.
FURNITURE_SECTIONS = ["Most Read Articles", "Most Read", "Most Popular", "Trending Now", "Related Stories",
                      "You may also like", "Read Next", "More Stories", "Recommended for you", "Latest News",
                      "Editor’s Picks", "Top Stories", "More from Business", "In case you missed it"]
FURNITURE_LINES = ["Advertisement", "Share this article", "Follow us on Google News", "Share on Facebook",
                   "Share on X", "Sign up for our daily newsletter", "Subscribe now", "Log In",
                   "Click here to read more", "Read more:", "Skip to main content", "Accept all cookies",
                   "Listen to this article", "Print", "Email", "Copy link", "Comments", "Back to top",
                   "Photo: Getty Images", "Image: Reuters", "Video", "Loading..."]


# --------------------------------------------------------------------------------------
# One article
# --------------------------------------------------------------------------------------


class Person:
    __slots__ = ("given", "surname", "full", "title", "role", "org", "pronoun", "introduced", "uses_title")

    def __init__(self, rng, lex, role, org):
        self.given = rng.choice(lex.given)
        self.surname = rng.choice(lex.surnames)
        r = rng.random()
        if r < 0.07:
            self.full = f"{self.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {self.surname}"
        elif r < 0.10:
            self.full = f"{self.given}-{rng.choice(lex.given).lower()} {self.surname}"
        else:
            self.full = f"{self.given} {self.surname}"
        self.title = rng.choice(TITLES) if rng.random() < 0.12 else ""
        self.role = role
        self.org = org  # display name of the organisation, or ""
        self.pronoun = rng.choice(["he", "she"])
        self.introduced = False
        self.uses_title = self.title in ("Dr.", "Prof.", "Mr.", "Ms.", "Mrs.") and rng.random() < 0.5


class Article:
    def __init__(self, rng, lex, index):
        self.rng = rng
        self.lex = lex
        self.index = index
        self.topic_name = rng.choice(TOPIC_NAMES)
        self.topic = TOPICS[self.topic_name]
        style = rng.random()
        if style < 0.58:
            self.q = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2019")  # open, close, inner open, inner close, apostrophe
        elif style < 0.93:
            self.q = ('"', '"', "'", "'", "'")
        else:
            self.q = ("\u2018", "\u2019", "\u201c", "\u201d", "\u2019")  # British single quotes
        self.british = style >= 0.93 or rng.random() < 0.3
        d0 = datetime.date(2018, 1, 1)
        self.date = d0 + datetime.timedelta(days=rng.randrange(0, 365 * 7))
        self.country = rng.choice(lex.countries)
        self.city, _ = rng.choice(lex.cities)
        self.orgs = [self._make_org() for _ in range(rng.randint(2, 5))]
        self.outlet = lex.org(rng, "news")[0]
        self.people = [self._make_person() for _ in range(rng.randint(2, 5))]

    # -- entities ------------------------------------------------------------------------
    def _make_org(self):
        rng = self.rng
        if rng.random() < 0.12:
            s, s2 = rng.choice(self.lex.surnames), rng.choice(self.lex.surnames)
            return rng.choice(INVENTED_ORG_PATTERNS).format(s=s, s2=s2, c=rng.choice(self.lex.cities)[0])
        kind = rng.choice(self.topic["orgtypes"])
        name, aliases = self.lex.org(rng, kind)
        r = rng.random()
        if kind != "company":
            return rng.choice(aliases) if aliases and r < 0.2 else name
        if aliases and r < 0.25:
            return rng.choice(aliases)
        if kind == "company" and r < 0.45 and not name.endswith((".", "Group", "Inc", "Ltd")):
            return f"{name} {rng.choice(CORP_SUFFIXES)}"
        return name

    def _make_person(self):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            p = self.lex.newsmaker(rng)
            if p.org and p.org not in self.orgs:
                self.orgs.append(p.org)
            return p
        if r < 0.55:
            return Person(rng, self.lex, rng.choice(self.topic["roles"]), rng.choice(self.orgs))
        if r < 0.75:
            return Person(rng, self.lex, rng.choice(ROLE_ANALYST), self._make_org())
        if r < 0.88:
            org = rng.choice(self.lex.orgs.get("university") or self.lex.orgs["company"])[0]
            return Person(rng, self.lex, rng.choice(ROLE_ACADEMIC), org)
        return Person(rng, self.lex, rng.choice(ROLE_GOV), "")

    def apos(self, word):
        return word + self.q[4] + "s"

    def ref(self, p, subject=True):
        """How the text names `p` here: full introduction the first time, then surname,
        title and surname, or a pronoun."""
        rng = self.rng
        if not p.introduced:
            p.introduced = True
            name = f"{p.title} {p.full}" if p.title and rng.random() < 0.5 else p.full
            r = rng.random()
            if not p.org:
                return f"{name}, {self.country}{self.q[4]}s {p.role}," if r < 0.5 else f"{p.role} {name}"
            if r < 0.45:
                prep = "at" if p.role in ROLE_ANALYST or "professor" in p.role or p.role in ROLE_ACADEMIC else "of"
                return f"{name}, {p.role} {prep} {p.org},"
            if r < 0.7:
                return f"{p.org} {p.role} {name}"
            if r < 0.85:
                art = "the" if rng.random() < 0.5 else ("an" if p.role[0] in "aeiouAEIOU" else "a")
                return f"{name}, {art} {p.role} {'at' if rng.random() < 0.5 else 'of'} {p.org},"
            return f"{self.apos(p.org)} {p.role} {name}"
        r = rng.random()
        if r < 0.18 and subject:
            return p.pronoun
        if p.uses_title and r < 0.6:
            return f"{p.title} {p.surname}"
        return p.surname

    @staticmethod
    def cap(s):
        return s[:1].upper() + s[1:]

    def inverted(self, cue, who):
        """'said Jane Roe' (but never 'said he')."""
        return f"{who} {cue}" if who in ("he", "she") else f"{cue} {self._trim(who)}"

    @staticmethod
    def _trim(name):
        return name[:-1] if name.endswith(",") else name

    # -- figures and dates ----------------------------------------------------------------
    def pct(self):
        rng = self.rng
        x = rng.choice([round(rng.uniform(0.1, 9.9), 1), rng.randint(1, 60), round(rng.uniform(10, 99), 1)])
        r = rng.random()
        if r < 0.55:
            return f"{x}%"
        if r < 0.8:
            return f"{x} percent"
        if r < 0.95:
            return f"{x} per cent"
        return f"{x} percentage points"

    def money(self):
        rng = self.rng
        amount = rng.choice([round(rng.uniform(1, 99), rng.choice([0, 1, 2])), rng.randint(100, 950),
                             round(rng.uniform(1, 9.9), 2)])
        if amount == int(amount):
            amount = int(amount)
        cur = rng.choice(["$", "$", "$", "US$", "€", "€", "£", "¥", "HK$", "A$", "C$", "S$", "R$", "₹", "Rs ",
                          "CHF ", "NT$", "yuan", "yen", "euros", "rupees", "won", "rand", "naira", "pesos",
                          "kronor", "ringgit", "dirhams", "riyals", "lira", "zloty", "SEK ", "RMB ", "EUR ",
                          "GBP ", "USD "])
        scale = rng.choice(["million", "billion", "million", "billion", "trillion", "bn", "m", "mn", "",
                            "thousand", "crore", "lakh"])
        if scale in ("crore", "lakh") and cur not in ("₹", "Rs ", "rupees"):
            scale = "million"
        if scale == "" and isinstance(amount, int):
            amount = f"{amount * rng.choice([1000, 1000, 100]):,}"
        if cur in CURRENCY_NAMES:  # a name written after the number
            return f"{amount} {scale} {cur}" if scale not in ("", "bn", "m", "mn") else f"{amount} {cur}"
        if scale in ("bn", "m", "mn"):
            s = f"{cur}{amount}{scale}"
        else:
            s = f"{cur}{amount} {scale}".rstrip()
        if cur not in ("$", "US$", "USD ") and rng.random() < 0.2:
            s += f" (${round(rng.uniform(1, 900), 1)} {rng.choice(['million', 'billion'])})"
        return s

    def count(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return f"{rng.randint(2, 9999):,}"
        if r < 0.7:
            return f"{rng.randint(10, 999) * 1000:,}"
        if r < 0.85:
            return f"{round(rng.uniform(1, 9.9), 1)} million"
        return rng.choice(NUMBER_WORDS)

    def counted(self):
        rng = self.rng
        q = rng.choice(["", "", "about ", "more than ", "nearly ", "almost ", "at least ", "up to ", "roughly ",
                        "some ", "over ", "fewer than "])
        noun = rng.choice(["jobs", "employees", "workers", "stores", "customers", "vehicles", "homes",
                           "patients", "passengers", "students", "flights", "units", "households", "people",
                           "companies", "branches", "protesters", "troops", "subscribers", "beds"])
        return f"{q}{self.count()} {noun}"

    def measure(self):
        rng = self.rng
        unit = rng.choice(["kilometres", "kilometers", "miles", "megawatts", "MW", "GW", "gigawatts",
                           "tonnes", "tons", "barrels per day", "square metres", "square feet", "hectares",
                           "degrees Celsius", "degrees Fahrenheit", "kg", "litres", "cubic metres",
                           "terawatt hours", "km", "metres", "feet", "acres", "kilowatt hours"])
        n = rng.choice([round(rng.uniform(1, 99), 1), rng.randint(100, 9000), f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million"])
        if isinstance(n, int) and n >= 1000:
            n = f"{n:,}"
        return f"{n} {unit}"

    def range_(self):
        rng = self.rng
        a = round(rng.uniform(0.5, 8), 1)
        b = round(a + rng.uniform(0.5, 4), 1)
        return rng.choice([f"between {a}% and {b}%", f"{a}-{b}%", f"from {a}% to {b}%", f"{a} to {b} percent",
                           f"${int(a * 10)} million to ${int(b * 10)} million", f"{int(a)} to {int(b)} years",
                           f"€{a}bn-€{b}bn", f"between {int(a * 100):,} and {int(b * 100):,} jobs"])

    def figure(self):
        r = self.rng.random()
        if r < 0.3:
            return self.pct()
        if r < 0.6:
            return self.money()
        if r < 0.75:
            return self.counted()
        if r < 0.85:
            return self.measure()
        if r < 0.93:
            return self.range_()
        return self.rng.choice([f"{self.rng.choice(['two', 'three', 'four', '2.5', '1.5'])} times",
                                f"{self.rng.randint(2, 36)} months", f"{self.rng.randint(2, 30)} years",
                                f"{self.rng.randint(2, 90)} days", "tenfold", "a third", "half"])

    def date_abs(self, with_prep=False):
        rng = self.rng
        d = self.date + datetime.timedelta(days=rng.randint(-900, 400))
        r = rng.random()
        on = "on " if with_prep else ""
        into = "in " if with_prep else ""
        if r < 0.35:
            return f"{on}{MONTHS[d.month - 1]} {d.day}, {d.year}"
        if r < 0.55:
            return f"{on}{d.day} {MONTHS[d.month - 1]} {d.year}"
        if r < 0.65:
            return f"{on}{d.isoformat()}"
        if r < 0.8:
            return f"{on}{MONTH_ABBR[d.month - 1]} {d.day}"
        if r < 0.9:
            return f"{into}{MONTHS[d.month - 1]} {d.year}"
        return f"{into}{d.year}"

    def date_phrase(self):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return self.date_abs(with_prep=True)
        if r < 0.55:
            return rng.choice([f"on {rng.choice(WEEKDAYS)}", "last week", "next month", "last month", "this week",
                               "yesterday", "last year", "next year", "earlier this year", "later this year",
                               "in the coming months", "this month", "next week", "on Friday", "last Thursday"])
        if r < 0.75:
            return rng.choice([f"in {rng.choice(MONTHS)}", f"last {rng.choice(MONTHS)}", f"by {rng.randint(2025, 2050)}",
                               f"in {rng.randint(1995, 2024)}", f"since {rng.randint(1990, 2023)}",
                               f"in the {rng.choice(['first', 'second', 'third', 'fourth'])} quarter",
                               f"in the first half of {self.date.year}", f"in the {rng.choice(['1990s', '2000s', '1980s'])}"])
        return rng.choice([f"{rng.choice(NUMBER_WORDS[:8])} years ago", f"{rng.randint(2, 11)} months ago",
                           f"over the next {rng.choice(NUMBER_WORDS[:6])} years", f"within {rng.randint(2, 18)} months",
                           f"by the end of {self.date.year + rng.randint(0, 3)}", f"between {self.date.year - 3} and {self.date.year}",
                           "two weeks ago", "at the weekend", f"on {rng.choice(WEEKDAYS)} morning"])

    # -- clauses ------------------------------------------------------------------------
    def _fill(self, template):
        rng = self.rng
        t = self.topic
        org = rng.choice(self.orgs)
        vals = {
            "org": org, "org2": rng.choice(self.orgs), "thing": rng.choice(t["things"]),
            "the_thing": rng.choice(t["things"]), "product": rng.choice(t["products"]),
            "products": rng.choice(t["products"]), "action": rng.choice(t["actions"]),
            "country": self.country, "country2": rng.choice(self.lex.countries), "city": self.city,
            "demonym": rng.choice(self.lex.demonyms) if self.lex.demonyms else "local",
            "adj": rng.choice(ADJ), "trend": rng.choice(TRENDS), "year": rng.randint(1950, 2015),
            "apos": self.q[4], "ncountries": rng.randint(3, 190), "years": f"{rng.randint(2, 40)} years",
            "mult": rng.choice(["three times", "2.5 times", "twice", "four times", "1.5 times", "half"]),
        }
        if "{a_adj}" in template:
            adj = rng.choice(ADJ)
            vals["a_adj"] = ("an " if adj[0] in "aeiou" else "a ") + adj
        if "{products_cap}" in template:
            vals["products_cap"] = vals["products"][0].upper() + vals["products"][1:]
        # Figures and dates are drawn only when the template asks for them.
        for key, fn in (("pct", self.pct), ("pct2", self.pct), ("money", self.money), ("counted", self.counted), ("count", self.count),
                        ("figure", self.figure), ("measure", self.measure), ("range", self.range_),
                        ("date", self.date_phrase), ("date_abs", self.date_abs)):
            if "{" + key + "}" in template:
                vals[key] = fn()
        return template.format(**vals)

    REPORTED = [
        "{thing} {trend} {pct} {date}",
        "{org} expects {thing} to grow by {range} this year",
        "demand for {product} remains strong despite {adj} headwinds",
        "the {adj} slowdown in {thing} was temporary",
        "{org} would {action} {date}",
        "{org} plans to {action}, a move that could affect {counted}",
        "the deal is worth {money}",
        "{thing} could reach {money} {date}",
        "the plan would cost {money} over {years}",
        "{product} had become {a_adj} priority for {country}",
        "there was no evidence that {org} had broken the rules",
        "the government should {action} before {date_abs}",
        "{counted} had been affected",
        "the {demonym} market for {product} was worth {money}",
        "{org} had set aside {money} to {action}",
        "the gap with rivals had narrowed to about {figure}",
        "{thing} in {city} was {pct} higher than a year earlier",
        "it was too early to say whether {org} would {action}",
        "the company was in talks to {action}",
        "{thing} {trend} to {money} {date}",
        "{product} would cover {measure}",
        "the measures would take effect {date}",
        "regulators in {country} were reviewing {the_thing}",
        "{org} was not planning to {action}",
    ]
    QUOTES = [
        "We are confident that {thing} will recover {date}",
        "This is {a_adj} moment for {org} and for the whole industry",
        "I don{apos}t think anyone expected {thing} to fall this fast",
        "There is no doubt that {product} will change the way we work",
        "Our priority is to {action}, and we will do that {date}",
        "We have invested {money} and we are not going to walk away",
        "Frankly, the numbers speak for themselves: {thing} is up {pct}",
        "We need to {action}. There is no other way",
        "It{apos}s not a question of if, but when",
        "People are worried about {thing}, and they are right to be",
        "We will not {action} under pressure from {org}",
        "The market has simply moved faster than we anticipated",
        "Nobody wins a trade war",
        "What we are seeing is {a_adj} shift in {the_thing}",
        "We expect {counted} to benefit {date}",
        "{org} has always been open to talks",
        "The gap is closing, and it will be closed",
        "It{apos}s {a_adj} decision, but it is the right one",
        "Our customers want {product}, and they want it now",
        "I{apos}ve never seen anything like it in {years} in this business",
        "We can{apos}t keep doing things the way we did them in {year}",
        "Let me be clear: we have no plans to {action}",
    ]

    def reported_clause(self):
        return self._fill(self.rng.choice(self.REPORTED))

    def quote_text(self):
        s = self._fill(self.rng.choice(self.QUOTES))
        if self.rng.random() < 0.08:  # a quote inside the quote
            s += f", and I told them, {self.q[2]}{self._fill(self.rng.choice(self.QUOTES))}{self.q[3]}"
        return s

    # -- sentences -----------------------------------------------------------------------
    def speaker(self):
        return self.rng.choice(self.people)

    def sent_direct(self):
        rng = self.rng
        o, c = self.q[0], self.q[1]
        p = self.speaker()
        who = self.ref(p)
        cue = rng.choice(CUES_SAID)
        quote = self.quote_text()
        r = rng.random()
        if r < 0.35:
            return f"{o}{quote},{c} {who} {cue}."
        if r < 0.5:
            return f"{o}{quote},{c} {self.inverted(cue, who)}."
        if r < 0.65:
            return f"{self.cap(who)} {cue}: {o}{quote}.{c}"
        if r < 0.8:  # split by attribution
            return f"{o}{quote},{c} {who} {cue}. {o}{self.quote_text()}.{c}"
        if r < 0.9:
            rest = self.quote_text()
            return f"{o}{quote},{c} {self.inverted(cue, who)}, {o}{rest[0].lower()}{rest[1:]}.{c}"
        return f"{o}{quote}!{c} {who} {rng.choice(['exclaimed', 'said', 'told the crowd'])}."

    def sent_reported(self):
        rng = self.rng
        r = rng.random()
        clause = self.reported_clause()
        if r < 0.55:
            p = self.speaker()
            who = self.ref(p)
            rr = rng.random()
            if rr < 0.4:
                return f"{self.cap(who)} {rng.choice(CUES_THAT)} that {clause}."
            if rr < 0.6:
                return f"{self.cap(who)} {rng.choice(CUES_THAT)} {clause}."
            if rr < 0.8:
                return f"{clause[0].upper()}{clause[1:]}, {who} {rng.choice(CUES_SAID)}."
            if rr < 0.9:
                return f"According to {self._trim(who)}, {clause}."
            return f"{self.cap(who)} told {self.outlet} that {clause}."
        if r < 0.72:
            org = rng.choice(self.orgs)
            return rng.choice([f"{org} said in a statement that {clause}.", f"{org} said {clause}.",
                               f"In a filing, {org} said {clause}.",
                               f"{clause[0].upper()}{clause[1:]}, {org} said in a statement {self.date_phrase()}.",
                               f"According to {org}, {clause}."])
        if r < 0.9:
            g = rng.choice(GROUPS)
            return rng.choice([f"{g.capitalize()} say {clause}.", f"{clause[0].upper()}{clause[1:]}, {g} said.",
                               f"Some {g} believe {clause}.", f"{g.capitalize()} polled by {self.outlet} said {clause}.",
                               f"According to {g}, {clause}.", f"Many {g} warned that {clause}."])
        a = rng.choice(ANONYMOUS)
        return rng.choice([f"{clause[0].upper()}{clause[1:]}, {a} said.", f"{a[0].upper()}{a[1:]} said {clause}.",
                           f"{clause[0].upper()}{clause[1:]}, according to {a}.",
                           f"{self.outlet} reported {self.date_phrase()} that {clause}, citing {a}."])

    def sent_filler(self):
        return self.cap(self._fill(self.rng.choice(FILLER)))

    def sent_fact(self):
        """A plain sentence dense with figures and dates."""
        return self.cap(self._fill(self.rng.choice([
            "{thing} {trend} {pct} to {money} {date}, the first decline since {year}.",
            "The deal values {org} at {money}, or about {mult} its annual sales.",
            "{org} employs {count} people and operates {measure} of track.",
            "Output {trend} {range} {date}.",
            "The project, worth {money}, covers {measure} and is due to finish {date}.",
            "{org} shares {trend} {pct} {date}, giving it a market value of {money}.",
            "Inflation in {country} {trend} to {pct} {date}, from {pct2} a month earlier.",
            "The facility will produce {measure} a year and create {counted}.",
            "{org} reported {thing} of {money} for the quarter ended {date_abs}.",
            "Under the plan, {counted} will receive {money} each.",
        ])))

    def paragraph(self):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            sents = [self.sent_direct()]
            if rng.random() < 0.3:
                sents.append(rng.choice([self.sent_reported, self.sent_filler])())
            return " ".join(sents)
        kinds = [self.sent_reported, self.sent_reported, self.sent_fact, self.sent_filler, self.sent_filler]
        return " ".join(rng.choice(kinds)() for _ in range(rng.randint(1, 4)))

    def multi_paragraph_quote(self):
        o, c = self.q[0], self.q[1]
        p = self.speaker()
        who = self.ref(p)
        first = f"{o}{self.quote_text()},{c} {who} {self.rng.choice(CUES_SAID)}. {o}{self.quote_text()}. {self.quote_text()}."
        second = f"{o}{self.quote_text()}. {self.quote_text()}.{c}"
        return [first, second]

    def headline(self, topic=None):
        rng = self.rng
        t = TOPICS[topic] if topic else self.topic
        p = rng.choice(self.people)
        vals = {
            "org": rng.choice(self.orgs), "org2": rng.choice(self.orgs), "surname": p.surname,
            "country": self.country, "country2": rng.choice(self.lex.countries), "city": self.city,
            "thing_t": rng.choice(t["things"]).title(), "product_t": rng.choice(t["products"]).title(),
            "action_t": rng.choice(t["actions"]).title(), "trend_t": rng.choice(TREND_T),
            "move": rng.choice(MOVES), "month": rng.choice(MONTHS), "year": rng.randint(5, 40),
            "quarter": f"{rng.choice(['First', 'Second', 'Third', 'Fourth'])} Quarter",
            "pct": f"{round(rng.uniform(0.5, 15), 1)}%", "money": self.money(), "count": rng.randint(3, 400),
            "count_t": f"{rng.randint(2, 90) * 100:,}", "measure": self.measure(),
        }
        h = rng.choice(t["headlines"]).format(**vals)
        return h.replace("’", self.q[4]) if self.q[4] == "'" else h

    def dateline(self):
        rng = self.rng
        d = self.date
        h, m = rng.randint(0, 23), rng.randrange(0, 60)
        wd = WEEKDAYS[d.weekday()]
        h12 = h % 12 or 12
        ampm = "AM" if h < 12 else "PM"
        return rng.choice([
            f"{wd}, {MONTHS[d.month - 1]} {d.day}, {d.year} - {h12}:{m:02d} {ampm}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"Published {d.isoformat()} {h:02d}:{m:02d}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year} {h:02d}:{m:02d} GMT",
            f"Updated {MONTH_ABBR[d.month - 1]} {d.day}, {d.year} at {h12}:{m:02d} {ampm.lower()}",
            f"{d.isoformat()}T{h:02d}:{m:02d}:00Z",
            f"{wd} {d.day} {MONTHS[d.month - 1]} {d.year}",
        ])

    def furniture(self):
        rng = self.rng
        if rng.random() < 0.6:
            lines = [rng.choice(FURNITURE_SECTIONS)]
            for _ in range(rng.randint(3, 6)):
                lines.append(self.headline(rng.choice(TOPIC_NAMES)))
            return lines
        return [rng.choice(FURNITURE_LINES) for _ in range(rng.randint(1, 3))]

    def build(self):
        rng = self.rng
        out = [self.headline(), ""]
        head = []
        if rng.random() < 0.7:
            names = [f"{rng.choice(self.lex.given)} {rng.choice(self.lex.surnames)}" for _ in range(rng.choice([1, 1, 1, 2]))]
            head.append("By " + " and ".join(names) + (f", {self.outlet}" if rng.random() < 0.15 else ""))
        if rng.random() < 0.65:
            head.append(self.dateline())
        if head:
            out += head + [""]
        paras = []
        # A lede that introduces someone.
        lede_city = f"{self.city.upper()}, {self.date.strftime('%b')}. {self.date.day} ({self.outlet}) - " if rng.random() < 0.2 else ""
        paras.append(lede_city + self.sent_reported())
        n = rng.randint(6, 20)
        while len(paras) < n:
            if rng.random() < 0.07:
                paras += self.multi_paragraph_quote()
            else:
                paras.append(self.paragraph())
        has_furniture = rng.random() < 0.15
        if has_furniture:
            block = self.furniture()
            where = rng.random()
            if where < 0.5:
                paras += block  # after the article
            elif where < 0.7:
                paras = block + paras
            else:
                k = rng.randint(2, len(paras) - 1)
                paras = paras[:k] + block + paras[k:]
        if rng.random() < 0.1:
            reporters = [f"{rng.choice(self.lex.given)} {rng.choice(self.lex.surnames)}" for _ in range(2)]
            paras.append(f"(Reporting by {reporters[0]} in {self.city}; Editing by {reporters[1]})")
        sep = "\n\n" if rng.random() < 0.92 else "\n"  # a few scraped files lose the blank lines
        text = "\n".join(out) + "\n" + sep.join(paras) + "\n"
        text = DOUBLE_PERIOD.sub(".", text)  # "Co." at the end of a sentence
        return text


DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")


def slug(headline):
    s = re.sub(r"[^A-Za-z0-9]+", "-", headline).strip("-").lower()
    return s[:48].rstrip("-") or "article"


def parse_size(s):
    m = re.fullmatch(r"\s*([0-9]*\.?[0-9]+)\s*([KMGT]?i?B?)?\s*", s, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError(f"bad size {s!r} (examples: 200MB, 50M, 1.5GB, 800KB, 1000000)")
    n = float(m.group(1))
    unit = (m.group(2) or "").upper()
    base = 1024 if "I" in unit else 1000
    power = {"": 0, "B": 0, "K": 1, "M": 2, "G": 3, "T": 4}[unit[:1] if unit[:1] in "KMGT" and unit else ""]
    return int(n * base ** power)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a deterministic corpus of synthetic English news articles.")
    ap.add_argument("--size", type=parse_size, default=parse_size("200MB"),
                    help="total bytes to write (200MB, 50M, 1GB, 500KB; MB = 10^6, MiB = 2^20). Default 200MB")
    default_out = os.path.join(tempfile.gettempdir(), "hearsay-corpus")
    ap.add_argument("--out", default=default_out, help=f"output folder (created; default {default_out})")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--files-per-dir", type=int, default=1000, help="articles per sub-folder (default 1000)")
    ap.add_argument("--data-dir", default=DEFAULT_DATA, help="hearsay data/ folder with the lexicons")
    ap.add_argument("--encodings", action="store_true",
                    help="also write some files as Windows-1252 and some with CRLF line ends (ingest paths)")
    ap.add_argument("--quiet", action="store_true", help="print only the final line")
    args = ap.parse_args(argv)
    if args.files_per_dir < 1:
        ap.error("--files-per-dir must be at least 1")

    if os.path.isdir(args.out) and os.listdir(args.out):
        ap.error(f"{args.out} is not empty; remove it or choose another --out")
    lex = Lexicon(args.data_dir)
    lex.shape(args.seed)
    os.makedirs(args.out, exist_ok=True)
    total = 0
    count = 0
    t0 = time.monotonic()
    last = t0
    while total < args.size:
        rng = random.Random(f"hearsay-bench:{args.seed}:{count}")
        art = Article(rng, lex, count)
        text = art.build()
        data = text.encode("utf-8")
        if args.encodings:
            r = rng.random()
            if r < 0.03:
                data = text.replace("\n", "\r\n").encode("utf-8")
            elif r < 0.05:
                try:
                    data = text.encode("cp1252")
                except UnicodeEncodeError:
                    pass
        sub = os.path.join(args.out, f"{count // args.files_per_dir:05d}")
        if count % args.files_per_dir == 0:
            os.makedirs(sub, exist_ok=True)
        name = f"{count:07d}_{slug(text.split(chr(10), 1)[0])}.txt"
        with open(os.path.join(sub, name), "wb") as f:
            f.write(data)
        total += len(data)
        count += 1
        now = time.monotonic()
        if not args.quiet and now - last > 2 and sys.stderr.isatty():
            last = now
            print(f"\r{count} files, {total / 1e6:.1f} MB", end="", file=sys.stderr, flush=True)
    if not args.quiet and sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    secs = time.monotonic() - t0
    print(f"{total} bytes in {count} files ({total / 1e6:.1f} MB, {total / max(count, 1):.0f} bytes/file) "
          f"-> {args.out} (seed {args.seed}, {secs:.1f} s)")


if __name__ == "__main__":
    main()

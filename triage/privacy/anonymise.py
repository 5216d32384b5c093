"""One case's personal data replaced by pseudonyms, consistently within that case.

An `Anonymiser` is made for ONE case: the same person is "Klant A" in every message, note,
author field and actor of that case, their handle "@klant1" and their e-mail address
"klant1@example.invalid". Another case starts again at "Klant A", so pseudonyms cannot be
linked across cases.

What is replaced:

* people: the names the caller knows (the case's authors, the CRM customer, our agents and
  brand accounts, see `Person`) wherever they appear, in full or a part of them ("Hoi Sander");
  names of other people the caller knows (`other_names`, full names only); and names found by
  pattern: a first name from a list followed by a surname, capitalised words joined by Dutch
  particles ("Kim van Es", "Peter van der Berg"), names after a greeting, a closing, a title or
  a signature ("Hoi Daan", "Met vriendelijke groet,\\nRachel Okafor", "mevrouw Jansen", "^Daan"),
  and in Dutch text two capitalised words in the middle of a sentence (Dutch does not
  capitalise nouns, so that is nearly always a name);
* handles: "@name" becomes "@klant1"; a handle of ours (a brand account or an agent) becomes
  the staff pseudonym ("Medewerker A"), as does a handle that contains a brand word;
* e-mail addresses ("klant1@example.invalid"), except role addresses such as info@ or
  klantenservice@, which name no person;
* phone numbers (Dutch mobile and landline, +31 and 0031, other international forms):
  "06-XXXXXXXX";
* street addresses (Dutch "Dorpsstraat 12a", "Bilderdijkstraat 5-3", "Laan van Meerdervoort 50",
  a Dutch street name on its own, English "12 Baker Street"): "[adres]" / "[address]";
* postcodes (Dutch "1234 AB" and "1234AB", UK "SW1A 1AA"): "[postcode]";
* IBANs, with or without spaces: Dutch ones by their shape (a mistyped IBAN is still personal),
  others when their mod-97 check holds: "[IBAN]";
* order, account, customer, contract and invoice numbers: 5 to 20 digits near a word that says
  so (order, bestelling, klantnummer, account, contract, factuur, invoice, …), numbers the
  caller knows (CRM ids, order references) anywhere, and any run of 9 or more digits:
  "[nummer]" / "[number]";
* personal links: profile and post links on social networks, links that contain a handle, a
  name, an e-mail address or a long number, and links with a query string: "[link]". Other
  links (a brand's help pages) stay.

Language: one per case, given by the caller (the case's language: the majority of its
messages). Dutch: "Klant A", "Medewerker A", "@klant1", "[adres]", "[nummer]"; English:
"Customer A", "Agent A", "@customer1", "[address]", "[number]". A case written in both
languages keeps the one pseudonym per person throughout, in the case's language: consistency
beats matching each message's language.

`legend()` says what each pseudonym stands for by kind only ("Klant A": "customer"), never the
original.

Limits: names that follow no pattern and that nobody told the anonymiser (an unknown first
name alone, a lower-case name) stay; house numbers written apart from the street, Belgian
postcodes and place names stay; a public post can still be found by searching its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

# -- word lists -----------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = _words(
    "van de den der ter ten te het 't ’t von vom zu du da di del della le la los las op in uit "
    "aan bin ibn al el"
)
# Particles that may only stand between name parts together with another particle ("op de").
WEAK_PARTICLES = frozenset({"op", "in", "uit", "aan", "al", "el", "bin", "ibn"})

FIRST_NAMES = _words(
    """
    aad ad adam adrie ahmed aisha alex alexander ali alice amber amy anna anne annemarie
    anneke annelies anouk anton arjan arjen arnold astrid ayoub bart bas ben bert bianca
    bram brian carla carlijn caroline charlotte chloe chris christiaan christian christopher
    cindy claire claudia cor corine corrie daan daniel daniëlle danny dave david dennis derk
    dewi dick diederik dirk dominique edwin eline elisa elizabeth ellen els emily emma eric
    erik esther eva evelien fatima fatma femke fenna finn fleur floor frans freek frits
    gerard gerda gerrit gijs gert george hanna hannah hanne hanneke hans harm harry hein
    helen hendrik henk henry hilde hugo ibrahim ilse inge ingrid iris isa ismail jaap jack
    jacob james jan janneke jans jasper jelle jennifer jeroen jesse jessica jill joep johan
    john jolanda joost joris jos josé joyce judith julia julian justin kai karel karin kate
    katie kees kevin khadija kim klaas koen laura lars lauren lieke lin linda lisa lotte
    lucas lucy luuk maaike maarten manon marco marcel margaret marieke marijke mario marjan
    marjolein mark marleen marloes martijn martin mary matthew maud max meike melissa
    michael michel michelle mieke milan mila mohamed mohammed monique naomi nathalie niels
    nienke nina noah noor nora olivia oliver pascal patricia patrick paul peter petra piet
    pieter priscilla rachel ralph ramon rebecca remco richard rick rik rob robert robin roel
    ronald roos ruben rutger ruud sam samira sander sandra sanne sara sarah sebastiaan sem
    sietske simon sjoerd sophie stefan stephanie steven stijn susan suzanne sven tamara tess
    thijs thomas tim tineke tom ton tony truus vincent wendy willem wim wouter yara yasmin
    yvonne youssef zoë jane joe jim sue ann beth kelly amanda andrew anthony ashley betty
    carol catherine deborah donald donna dorothy edward gary heather jake jason jeff jeffrey
    jenny joan joseph josh joshua karen kathy ken kenneth larry maria matt megan mike nancy
    nicholas nicole pam pamela ray ryan samantha scott sharon stephen steve teresa timothy
    tina tyler victoria william wilma joke ria bep jan-willem gert-jan anne-marie marie
    sofie lotte noa liam luca mees jens jurre bo lynn evi julia saar sanna femke ilona
    mehmet ahmet mustafa emre burak fatih hatice ayse ayşe elif zeynep hakan murat kemal
    priya raj rahul anil sunita deepak anand kavita ravi arjun wei chen thao minh omar karim
    nadia hamza bilal rachid naima soufiane ilias yassin imane sanaa anouar mounir latifa
    jamie siobhan chloe aoife sean patrick connor darnell shanice kwame ama kofi ngozi
    """
)
# First names that are also ordinary words: only with a surname or a cue, never alone.
AMBIGUOUS_FIRST = frozenset(
    {"mark", "will", "may", "rose", "grace", "hope", "joy", "bill", "frank", "guy", "dean",
     "june", "april", "art", "bob", "ad", "cor", "max", "sam", "kai", "floor", "els", "jans",
     "roos", "jack", "rob", "rick", "tim", "ben", "lin", "hein", "jan", "ton", "eric", "ron"}
)  # fmt: skip

# Capitalised words that start or end a capitalised run but are no name.
STOP = _words(
    """
    de het een ik je jij u wij we ze zij hij dit dat deze die er daar hier waar wat wie waarom
    hoe wanneer en maar of want dus nu toen als na voor sinds op in bij met van aan over uit
    tot door zonder tegen nog al ook wel niet geen sorry excuses excuus helaas graag bedankt
    dank groet groeten groetjes hoi hallo hey hi hello dear beste geachte goedemorgen
    goedemiddag goedenavond dag mvg vriendelijke thanks thank regards kind best cheers the a
    an this that these those it i you he she they my our your his her their what why how
    when where who and but or so now then if after before since on at by from to for of
    about still also not no yes ja nee please ok oke oké okay hoezo liefs love sincerely
    yours maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday
    wednesday thursday friday saturday sunday januari februari maart april mei juni juli
    augustus september oktober november december january february march june july august
    october klantenservice klant klanten customer customers service services support team
    webcare medewerker medewerkers agent agents sir madam heer mevrouw meneer mevr dhr mw mr
    mrs ms miss dr collega colleague fam familie family nederland netherlands holland belgië
    belgium amsterdam
    rotterdam utrecht ministerie gemeente provincie universiteit kamer koninkrijk rijksdienst
    stichting vereniging autoriteit raad dienst afdeling ombudsdienst geschillencommissie
    consumentenbond bank hotel museum station huis paleis kasteel straat laan plein gracht
    weg help helpdesk info nieuws news official officieel jullie iedereen allemaal everyone
    all stroom gas water internet energie energy tv wifi modem storing factuur bestelling
    order account contract invoice dm pm email mail whatsapp messenger facebook instagram
    twitter bluesky mastodon linkedin tiktok youtube google apple android iphone samsung
    """
)
GENERIC_BRAND = frozenset(
    {"klantenservice", "service", "help", "care", "support", "team", "webcare", "nl", "be",
     "official", "officieel", "info", "klant", "customer", "hq", "online", "desk"}
)  # fmt: skip

ROLE_LOCALS = frozenset(
    {"info", "support", "service", "klantenservice", "care", "help", "helpdesk", "noreply",
     "no-reply", "donotreply", "contact", "webcare", "sales", "billing", "facturen",
     "administratie", "privacy", "klachten", "complaints", "hello", "team", "office",
     "servicedesk", "postmaster", "abuse", "security"}
)  # fmt: skip

SOCIAL_HOSTS = tuple(
    _words(
        "x.com twitter.com instagram.com facebook.com fb.com fb.me bsky.app linkedin.com "
        "tiktok.com threads.net youtube.com youtu.be reddit.com pinterest.com snapchat.com t.me "
        "wa.me mastodon.social mastodon.nl mstdn.social flickr.com vimeo.com medium.com "
        "github.com trustpilot.com google.com/maps"
    )
)

# Greetings name the one addressed; closings, introductions and signatures the writer.
GREETINGS = (
    *_words("hoi hallo hey hi hello dear beste geachte goedemorgen goedemiddag goedenavond"),
    *_words("morning dag ha hee"),
    *("good morning", "good afternoon", "good evening"),
)
CLOSINGS = (
    *_words("groet groeten groetjes gr grt mvg liefs thanks bedankt dankjewel cheers regards"),
    *_words("best sincerely namens from getekend signed vr.gr"),
    *("groeten van", "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet"),
    *("vriendelijke groeten", "hartelijke groet", "vr gr", "thank you", "many thanks"),
    *("dank je wel", "dank u wel", "dank u", "kind regards", "best regards", "warm regards"),
    *("best wishes", "yours sincerely", "yours faithfully", "mijn naam is", "my name is"),
    *("ik ben", "i am", "i'm", "dit is", "this is"),
)
TITLES = tuple(_words("mevrouw meneer mevr mw dhr mr mrs ms miss dr drs ir prof familie fam"))
TITLES += ("de heer",)
COLLEAGUE = ("collega", "colleague", "teamleider", "manager", "supervisor")

STREET_SUFFIXES = tuple(
    sorted(
        _words(
            "straatweg straat laan weg plein gracht kade singel dijk dreef steeg hof park pad "
            "markt baan ring wal veld erf hoven haven burgwal plantsoen boulevard allee dam "
            "kanaal zijde vaart wetering poort oord heuvel berg akker weide hoek rade horst donk "
            "beek bos broek hout plaats promenade passage galerij hage lei meent"
        ),
        key=lambda w: (-len(w), w),
    )
)
STRONG_STREET = tuple(
    _words("straatweg straat laan gracht plein kade singel steeg dreef plantsoen burgwal")
)
EN_STREETS = (
    "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Way|Place|Pl|Square|Sq|"
    "Crescent|Cres|Terrace|Gardens|Grove|Hill|Park|Row|Mews|Boulevard|Blvd|Walk|Parade|"
    "Embankment|Green|Rise|View"
)
EN_STRONG = "Street|Road|Avenue|Lane|Crescent|Terrace|Boulevard|Mews"

NUMBER_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|bestel|klant|customer|client|account|contract|factu|invoice|"
    r"rekening|referen|ref\b|kenmerk|dossier|zaak|case|meter|ean|polis|policy|lid|member|"
    r"pakket|parcel|zending|shipment|tracking|track|aansluit|abonnement|subscription|"
    r"nummer|number|nr\b|no\b|id\b|betaling|payment|transactie|transaction|bon\b|receipt)"
)

# -- patterns -------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
WORD_RE = re.compile(_WORD)
HSPACE_RE = re.compile(r"[ \t]{1,3}")
URL_RE = re.compile(
    r"(?i)(?<![\w@.])(?:(?:https?://|www\.)[^\s<>\"'`]+|"
    r"(?:[a-z0-9-]+\.)+(?:com|nl|be|org|net|app|social|io|me|eu|de|uk|co|fr|info|biz|tv)"
    r"/[^\s<>\"'`]*)"
)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
MAILTO_RE = re.compile(r"(?i)mailto:")
HANDLE_RE = re.compile(
    r"(?<![\w@./-])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)"
    r"(?:@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))?"
)
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ ]?[A-Za-z0-9])")
NL_IBAN_RE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_SEP = r"[ .-]?"
PHONE_RES = (
    # Dutch mobile: 06 and eight digits, grouped any usual way.
    re.compile(
        rf"(?<![\w+])06{_SEP}(?:\d{{8}}|\d{{4}}{_SEP}\d{{4}}|\d{{2}}(?:{_SEP}\d{{2}}){{3}}|"
        rf"\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{2}}|\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{3}}|"
        rf"\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{3}})(?![\d:])"
    ),
    # Dutch landline: ten digits starting with 0.
    re.compile(rf"(?<![\w+])0[1-9]\d{{1,2}}{_SEP}\d{{3}}{_SEP}\d{{3,4}}(?![\d:])"),
    # International: +CC or 00CC, an optional (0), then groups.
    re.compile(
        r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,4}\)?){2,6}(?![\d:])"
    ),
    # North American without a country code.
    re.compile(r"(?<![\w(])(?:\(\d{3}\)[ ]?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)"),
)
NL_POSTCODE_RE = re.compile(r"(?<![\w])[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\w])")
NL_POSTCODE_LOWER_RE = re.compile(
    r"(?<![\w])[1-9]\d{3}(?!km|kg|mg|ml|mb|gb|kb|mm|cm|pm|am|th|st|nd|rd|uu|hr|ms|kw|mw|gw|tb|"
    r"px|ft|in|lb|oz|xl|gr|cl|dl|sec|min)[a-z]{2}(?![\w])"
)
UK_POSTCODE_RE = re.compile(r"(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}(?![\w])")
_CAPWORD = rf"[{_UP}][\w'’.-]*"
_PRE = rf"(?:{_CAPWORD}|van|de|der|den|het|ter|ten|te|'t|St\.|Sint)"
_HOUSENR = (
    r"\d{1,5}(?:[ ]?[a-zA-Z](?![\w]))?(?:[ ]?[-/][ ]?\d{1,4}[a-zA-Z]?)?"
    r"(?:[ ](?:hs|bis|huis|bg|sous|I{1,3}|zw|rd)(?![\w]))?(?![\d])"
)
_SUFFIX = "|".join(STREET_SUFFIXES)
_SUFFIX_CAP = "|".join(s.capitalize() for s in STREET_SUFFIXES)
_STREETWORD = rf"(?:[{_UP}][\w'’-]*?(?:{_SUFFIX})|(?:{_SUFFIX_CAP}))(?![\w])"
NL_ADDRESS_RE = re.compile(
    rf"(?<![\w])(?:{_PRE}[ \t]+){{0,3}}{_STREETWORD}"
    rf"(?:[ \t]+(?:van|de|der|den|het|ter|ten|te|aan|op|bij)(?:[ \t]+(?:de|der|den|het|'t))?"
    rf"[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD})?)?,?[ \t]+{_HOUSENR}"
)
NL_STREET_RE = re.compile(
    rf"(?<![\w])(?:{_PRE}[ \t]+){{0,2}}[{_UP}][\w'’-]*?(?:{'|'.join(STRONG_STREET)})(?![\w])"
)
EN_ADDRESS_RE = re.compile(
    r"(?<![\w])(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)[ \t]+\w+,?[ \t]+)?"
    r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?,?[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,3}"
    rf"(?:{EN_STREETS})(?![\w])\.?"
)
EN_STREET_RE = re.compile(rf"(?<![\w])(?:[A-Z][\w'’-]+[ \t]+){{1,2}}(?:{EN_STRONG})(?![\w])")
NUMBER_RE = re.compile(r"(?<![\w@/€$£.,])#?[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*(?![\w@])")
AMOUNT_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?")
DATE_RE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
LONG_DIGITS_RE = re.compile(r"(?<![\w])\d{9,}(?![\w])")
DOUBLE_SURNAME = rf"-(?:(?:van|de|der|den|ter|ten|te)[ \t-]+)*[{_UP}][^\W\d_]+"
DOUBLE_SURNAME_RE = re.compile(DOUBLE_SURNAME)
BRAND_AFTER_RE = re.compile(r"[ \t]+(?:van|at|from|of|bij|with|namens)[ \t]+@?([\w.-]+)")
BARE_RE = re.compile(r"(?<![\w@./-])\w(?:[\w.-]*\w)?")
OWN_HANDLE_RE = re.compile(r"(?i)@(?:klant|customer|medewerker|agent)\d+")
SIGNATURE_RE = re.compile(r"(?:\^|(?:^|\n)[ \t]*[-–~])[ \t]*$")


def _cue_re(words: Iterable[str], gap: str = r"[ \t]+", lead: str = "") -> re.Pattern[str]:
    alts = "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True)
    )
    return re.compile(rf"(?i){lead}(?<![\w])(?:{alts}){gap}$")


# "Hoi Sander" at the start of a line, a sentence or after a handle; not "Hoi,\nKunnen jullie",
# not "this morning. Actual flames".
GREETING_RE = _cue_re(GREETINGS, lead=r"(?:^|[\n.!?:;]|(?:^|\s)@\S+)[ \t]*")
CLOSING_RE = _cue_re(CLOSINGS)  # "Groetjes Daan"
SIGNED_RE = _cue_re(CLOSINGS, r"[ \t]*[,.:;!-]?[ \t]*\n\s*")  # "Groet,\nDaan", then a line end
TITLE_RE = _cue_re(TITLES, r"\.?[ \t]+")
COLLEAGUE_RE = _cue_re(COLLEAGUE)
LINE_END_RE = re.compile(r"[ \t]*[.,!]?[ \t]*(?:\n|$)")


# -- helpers --------------------------------------------------------------------------------


def iban_valid(candidate: str) -> bool:
    """The ISO 13616 mod-97 check over an IBAN without spaces."""
    s = candidate.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _name_tokens(name: str) -> list[str]:
    return WORD_RE.findall(name)


CONTRACTION_RE = re.compile(r"['’](?:m|s|ll|ve|d|re|t)$")


def _wordish(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_cap(word: str) -> bool:
    """A capitalised word that could be a name ("O'Brien" may, "I'm" and "It's" may not)."""
    return (
        word[:1].isupper()
        and any(c.islower() for c in word)
        and CONTRACTION_RE.search(word) is None
    )


def _clean_handle(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def known_names(names: Iterable[str]) -> frozenset[str]:
    """Full names of other people, prepared once for many anonymisers (`other_names`)."""
    return frozenset(_norm(n) for n in names if len(_name_tokens(n)) >= 2)


def _is_email(value: str) -> bool:
    return EMAIL_RE.fullmatch(value.strip()) is not None


@dataclass(frozen=True, slots=True)
class Person:
    """Someone the caller knows in the case: every form in which they may appear."""

    name: str = ""
    handles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()  # CRM ids, order references: replaced wherever they appear
    staff: bool = False  # one of ours: an agent, or a brand account when `brand`
    brand: bool = False  # an account of ours rather than a person: its words are brand words


@dataclass(frozen=True, slots=True)
class Vocabulary:
    customer: str
    staff: str
    handle: str
    staff_handle: str
    address: str
    number: str


VOCABULARY = {
    "nl": Vocabulary("Klant", "Medewerker", "klant", "medewerker", "[adres]", "[nummer]"),
    "en": Vocabulary("Customer", "Agent", "customer", "agent", "[address]", "[number]"),
}
PHONE = "06-XXXXXXXX"
POSTCODE = "[postcode]"
IBAN = "[IBAN]"
LINK = "[link]"
SYSTEM_ACTORS = frozenset({"", "system", "systeem", "scheduler", "importer"})


class _Identity:
    __slots__ = ("brand", "n", "staff")

    def __init__(self, staff: bool, brand: bool = False) -> None:
        self.staff = staff
        self.brand = brand
        self.n = 0  # given on first use, so letters follow the order people appear in


# A replacement: literal text with its legend kind, or an identity in a form.
_Out = tuple[str, str] | tuple[_Identity, str]


def _keep() -> _Out | None:
    return None


def _fixed(what: str | _Identity, form: str) -> Callable[[], _Out | None]:
    out: _Out = (what, form)  # type: ignore[assignment]
    return lambda: out


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    rank: int
    make: Callable[[], _Out | None]  # None: keep the original text


# -- the anonymiser -------------------------------------------------------------------------


class Anonymiser:
    """Pseudonyms for one case. Not thread-safe; make one per case and per call."""

    def __init__(
        self,
        lang: str = "nl",
        people: Iterable[Person] = (),
        *,
        other_names: Iterable[str] = (),  # or a known_names() set, shared by many cases
        brand_words: Iterable[str] = (),
    ) -> None:
        self.lang = "en" if lang.lower().startswith("en") else "nl"
        self.words = VOCABULARY[self.lang]
        self._names: dict[str, _Identity] = {}  # normalised full name
        self._tokens: dict[str, _Identity] = {}  # lower-cased name part
        self._spellings: set[str] = set()  # name parts as written ("O'Brien", "McKay")
        self._handles: dict[str, _Identity] = {}  # lower-cased, without @
        self._emails: dict[str, _Identity] = {}
        self._numbers: set[str] = set()
        self._brand: dict[str, _Identity | None] = {}  # lower-cased brand word → its account
        self._other_names = (
            other_names if isinstance(other_names, frozenset) else known_names(other_names)
        )
        self._counters = {False: 0, True: 0}
        self._legend: dict[str, str] = {}
        self._name_cache: tuple[dict[str, _Identity], int, set[str]] | None = None
        self._bare: set[str] = set()
        self._bare_dirty = True
        for word in brand_words:
            for part in _name_tokens(word):
                if len(part) >= 3 and part.lower() not in GENERIC_BRAND:
                    self._brand.setdefault(part.lower(), None)
        for person in people:
            self.add(person)

    # -- registering people --------------------------------------------------------------

    def add(self, person: Person) -> None:
        """Tell the anonymiser about someone; their forms join one identity."""
        ident = self._find(person)
        if ident is None:
            ident = _Identity(person.staff, person.brand)
        self._link(ident, person)

    def _find(self, person: Person) -> _Identity | None:
        for h in person.handles:
            key = _clean_handle(h)
            if key in self._handles:
                return self._handles[key]
            if key in self._emails:
                return self._emails[key]
        for e in person.emails:
            if e.strip().lower() in self._emails:
                return self._emails[e.strip().lower()]
        if person.name and _norm(person.name) in self._names:
            return self._names[_norm(person.name)]
        return None

    def _size(self) -> int:
        return sum(
            map(len, (self._names, self._tokens, self._handles, self._emails, self._numbers))
        ) + sum(1 for v in self._brand.values() if v is not None)

    def _changed(self, before: int) -> None:
        if self._size() != before:
            self._name_cache = None
            self._bare_dirty = True

    def _link(self, ident: _Identity, person: Person) -> None:
        size = self._size()
        for h in person.handles:
            key = _clean_handle(h)
            if not key:
                continue
            if _is_email(key):
                self._emails.setdefault(key, ident)
            else:
                self._handles.setdefault(key, ident)
                head = re.split(r"[.@]", key)[0]
                if len(head) >= 4 and head != key and head not in self._brand:
                    self._handles.setdefault(head, ident)
                if person.brand:
                    self._add_brand(head, ident)
        for e in person.emails:
            if e.strip():
                self._emails.setdefault(e.strip().lower(), ident)
        for number in person.numbers:
            if len(number.strip()) >= 4:
                self._numbers.add(number.strip())
        if person.name:
            self._add_name(person.name, ident)
        self._changed(size)

    def _add_brand(self, word: str, ident: _Identity) -> None:
        w = word.lower()
        if len(w) >= 3 and w not in GENERIC_BRAND and self._brand.get(w) is None:
            self._brand[w] = ident

    def _add_name(self, name: str, ident: _Identity) -> None:
        parts = _name_tokens(name)
        if not parts:
            return
        size = self._size()
        self._names.setdefault(_norm(" ".join(parts)), ident)
        # "Britt | interieur": a lower-case word in a name that has capitals is no name part.
        capitalised = any(p[:1].isupper() for p in parts)
        for part in parts:
            low = part.lower()
            if ident.brand:
                self._add_brand(low, ident)
                continue
            if len(part) < 2 or low in PARTICLES or low in STOP or low in self._brand:
                continue
            if capitalised and not part[:1].isupper():
                continue
            self._tokens.setdefault(low, ident)
            self._spellings.add(part)
        self._changed(size)

    # -- pseudonyms ----------------------------------------------------------------------

    def _render(self, ident: _Identity, form: str) -> str:
        if ident.n == 0:
            self._counters[ident.staff] += 1
            ident.n = self._counters[ident.staff]
        w = self.words
        name = f"{w.staff if ident.staff else w.customer} {letters(ident.n)}"
        if form == "name" or (form == "handle" and ident.staff):
            self._legend[name] = "staff" if ident.staff else "customer"
            return name
        if form == "handle":
            out = f"@{w.handle}{ident.n}"
            self._legend[out] = "handle"
            return out
        out = f"{w.staff_handle if ident.staff else w.handle}{ident.n}@example.invalid"
        self._legend[out] = "email"
        return out

    def _literal(self, text: str, kind: str) -> str:
        self._legend[text] = kind
        return text

    def legend(self) -> dict[str, str]:
        """Each pseudonym used so far and the kind of thing it stands for; never an original."""
        return dict(self._legend)

    def _identity_for_name(self, name: str, staff: bool) -> _Identity:
        key = _norm(name)
        found = self._names.get(key)
        if found is not None:
            return found
        parts = [p.lower() for p in _name_tokens(name) if p.lower() not in PARTICLES]
        owners = {id(self._tokens[p]): self._tokens[p] for p in parts if p in self._tokens}
        others = [p for p in parts if p not in self._tokens]
        # "An Jacobs" for Jacobs: the same person unless another first name says otherwise.
        if len(owners) == 1 and not any(p in FIRST_NAMES for p in others):
            return next(iter(owners.values()))
        ident = _Identity(staff)
        self._add_name(name, ident)
        return ident

    def anonymise_name(self, name: str, staff: bool = False) -> str:
        """A display name's pseudonym ("Klant A"); an empty name stays empty."""
        if not name.strip():
            return name
        if _is_email(name) or name.strip().startswith("@"):
            return self._render(self._handle_identity(name, staff), "name")
        cleaned = " ".join(_name_tokens(name))
        if not cleaned:
            return self._render(self._handle_identity(name, staff), "name")
        return self._render(self._identity_for_name(cleaned, staff), "name")

    def handle(self, handle: str, staff: bool = False) -> str:
        """A handle's pseudonym ("@klant1"; ours: "Medewerker A"); an address's likewise."""
        if not handle.strip():
            return handle
        ident = self._handle_identity(handle, staff)
        return self._render(ident, "email" if _is_email(handle) else "handle")

    def person(self, name: str = "", handle: str = "", staff: bool = False) -> str:
        """The name pseudonym of a message's author, joining their name and handle."""
        if not name.strip() and not handle.strip():
            return ""
        handles = (handle,) if handle.strip() else ()
        probe = Person(name=name, handles=handles, staff=staff)
        ident = self._find(probe)
        if ident is None and handle.strip():
            ident = self._brand_owner(_clean_handle(handle)) if not staff else None
        if ident is None:
            cleaned = " ".join(_name_tokens(name))
            ident = self._identity_for_name(cleaned, staff) if cleaned else _Identity(staff)
        self._link(ident, probe)
        return self._render(ident, "name")

    def actor(self, name: str) -> str:
        """Who did something on the timeline: an agent's pseudonym; the system stays itself."""
        if name.strip().lower() in SYSTEM_ACTORS:
            return name
        key = _clean_handle(name)
        ident = self._handles.get(key) or self._emails.get(key) or self._names.get(_norm(name))
        if ident is None:
            ident = self._tokens.get(key)
        if ident is None:
            ident = _Identity(staff=True)
            self._link(ident, Person(name=name, handles=(name,), staff=True))
        return self._render(ident, "name")

    def _brand_owner(self, body: str) -> _Identity | None:
        for word, owner in self._brand.items():
            if len(word) >= 4 and word in body:
                if owner is None:
                    owner = _Identity(staff=True, brand=True)
                    self._brand[word] = owner
                return owner
        return None

    def _lazy(self, handle: str, form: str) -> Callable[[], _Out | None]:
        """Resolve (and so create) the identity only when the span is chosen."""

        def make() -> _Out | None:
            return (self._handle_identity(handle), form)

        return make

    def _handle_identity(self, handle: str, staff: bool = False) -> _Identity:
        key = _clean_handle(handle)
        if _is_email(key):
            found = self._emails.get(key)
            if found is None:
                found = _Identity(staff)
                self._emails[key] = found
            return found
        found = self._handles.get(key) or self._handles.get(re.split(r"[.@]", key)[0])
        if found is None:
            found = self._brand_owner(key)
        if found is None:
            found = _Identity(staff)
            self._link(found, Person(handles=(key,), staff=staff))
        return found

    # -- text ----------------------------------------------------------------------------

    def learn(self, text: str, outbound: bool = False) -> None:
        """Meet the names in a text without writing anything, so that a name first written
        in full later in the case is already known where only its first part appears."""
        for span in self._chosen(text, outbound):
            span.make()

    def anonymise_text(self, text: str, outbound: bool = False) -> str:
        """The text with every piece of personal data replaced; `outbound`: written by us."""
        if not text:
            return text
        out: list[str] = []
        pos = 0
        for span in sorted(self._chosen(text, outbound), key=lambda s: s.start):
            made = span.make()
            if made is None:
                continue
            what, form = made
            out.append(text[pos : span.start])
            if isinstance(what, _Identity):
                out.append(self._render(what, form))
            else:
                out.append(self._literal(what, form))
            pos = span.end
        out.append(text[pos:])
        return "".join(out)

    def _chosen(self, text: str, outbound: bool) -> list[_Span]:
        spans = self._spans(text, outbound)
        spans.sort(key=lambda s: (s.rank, s.start - s.end, s.start))
        taken: list[tuple[int, int]] = []
        chosen: list[_Span] = []
        for span in spans:
            if span.end <= span.start:
                continue
            if any(span.start < e and s < span.end for s, e in taken):
                continue
            taken.append((span.start, span.end))
            chosen.append(span)
        return chosen

    def _spans(self, text: str, outbound: bool) -> list[_Span]:
        spans: list[_Span] = []
        self._urls(text, spans)
        self._emails_in(text, spans)
        self._ibans(text, spans)
        for rx in PHONE_RES:
            for m in rx.finditer(text):
                digits = re.sub(r"\D", "", m.group())
                if 9 <= len(digits) <= 15:
                    spans.append(_Span(m.start(), m.end(), 3, _fixed(PHONE, "phone")))
        self._handles_in(text, spans)
        addr = self.words.address
        for rx in (NL_ADDRESS_RE, EN_ADDRESS_RE, NL_STREET_RE, EN_STREET_RE):
            for m in rx.finditer(text):
                spans.append(_Span(m.start(), m.end(), 5, _fixed(addr, "address")))
        for rx in (NL_POSTCODE_RE, NL_POSTCODE_LOWER_RE, UK_POSTCODE_RE):
            for m in rx.finditer(text):
                spans.append(_Span(m.start(), m.end(), 6, _fixed(POSTCODE, "postcode")))
        self._numbers_in(text, spans)
        self._known_names(text, spans)
        self._pattern_names(text, spans, outbound)
        return spans

    # -- detectors -----------------------------------------------------------------------

    def _personal_tokens(self) -> set[str]:
        tokens = {k for k, i in self._handles.items() if len(k) >= 4 and not i.brand}
        tokens |= {k for k in self._tokens if len(k) >= 4}
        for name, ident in self._names.items():
            parts = [p for p in name.split() if p not in PARTICLES]
            if ident.brand:
                continue
            if len(parts) >= 2:
                for sep in ("", "-", ".", "_"):
                    tokens.add(sep.join(name.split()))
                    tokens.add(sep.join(parts))
        tokens |= {
            e.split("@")[0]
            for e, i in self._emails.items()
            if len(e.split("@")[0]) >= 4 and not i.brand
        }
        return tokens

    def _urls(self, text: str, spans: list[_Span]) -> None:
        personal = None
        for m in URL_RE.finditer(text):
            url = m.group()
            end = m.end()
            while url and url[-1] in ".,;:!?)]}'\"" and not (url[-1] == ")" and "(" in url):
                url = url[:-1]
                end -= 1
            if personal is None:
                personal = self._personal_tokens()
            low = url.lower()
            host = re.sub(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?", "", low)
            path = host.split("/", 1)[1] if "/" in host else ""
            is_personal = (
                (path.strip("/") != "" and any(host.startswith(h) for h in SOCIAL_HOSTS))
                or any(t in low for t in personal)
                or "@" in low
                or "?" in low
                or "~" in low
                or re.search(r"/(?:profile|user|users|u|people|in|member|members|account)/", low)
                or re.search(r"\d{5,}", path)
                or host.split("/")[0].endswith(".social")
            )
            make: Callable[[], _Out | None] = _fixed(LINK, "link") if is_personal else _keep
            spans.append(_Span(m.start(), end, 0, make))

    def _emails_in(self, text: str, spans: list[_Span]) -> None:
        for m in EMAIL_RE.finditer(text):
            address = m.group().lower()
            start = m.start()
            if start and text[start - 1] == "@":
                continue  # "@kees@mastodon.social": a fediverse handle, read as one
            before = text[max(0, start - 7) : start]
            if MAILTO_RE.search(before):
                start -= 7
            if address.endswith("@example.invalid"):
                spans.append(_Span(m.start(), m.end(), 1, _keep))  # one of ours
            elif address in self._emails:
                ident = self._emails[address]
                spans.append(_Span(start, m.end(), 1, _fixed(ident, "email")))
            elif address.split("@")[0] in ROLE_LOCALS:
                spans.append(_Span(m.start(), m.end(), 1, _keep))
            else:
                spans.append(_Span(start, m.end(), 1, self._lazy(address, "email")))

    @staticmethod
    def _ibans(text: str, spans: list[_Span]) -> None:
        for m in IBAN_START_RE.finditer(text):
            chars: list[tuple[str, int]] = []  # alphanumerics after the start, with ends
            i = m.start()
            while i < len(text) and len(chars) < 34:
                c = text[i]
                if c.isascii() and c.isalnum():
                    chars.append((c.upper(), i + 1))
                    i += 1
                elif c == " " and i + 1 < len(text) and text[i + 1].isalnum() and chars:
                    i += 1
                else:
                    break
            for length in range(len(chars), 14, -1):
                end = chars[length - 1][1]
                if end < len(text) and text[end].isalnum():
                    continue  # must end at the end of a word
                candidate = "".join(c for c, _ in chars[:length])
                if (candidate.startswith("NL") and NL_IBAN_RE.fullmatch(candidate)) or (
                    not candidate.startswith("NL") and iban_valid(candidate)
                ):
                    spans.append(_Span(m.start(), end, 2, _fixed(IBAN, "iban")))
                    break

    def _handles_in(self, text: str, spans: list[_Span]) -> None:
        for m in HANDLE_RE.finditer(text):
            body = m.group(0)
            if OWN_HANDLE_RE.fullmatch(body):  # a pseudonym already (a trainer's annotation)
                spans.append(_Span(m.start(), m.end(), 4, _keep))
                continue
            spans.append(_Span(m.start(), m.end(), 4, self._lazy(body, "handle")))
        if self._bare_dirty:
            bare = {k for k in self._handles if len(k) >= 4 and k not in STOP}
            for name, ident in self._names.items():
                parts = [p for p in name.split() if p not in PARTICLES]
                if len(parts) >= 2 and not ident.brand:
                    bare |= {sep.join(parts) for sep in ("", "-", ".", "_")}
            self._bare = {b for b in bare if not re.fullmatch(_WORD, b) or len(b) >= 8}
            self._bare_dirty = False
        if not self._bare:
            return
        for m in BARE_RE.finditer(text):
            run = m.group()
            # The whole run, or its first dotted parts ("stroomnet-actie" of ".example").
            pieces = run.split(".")
            for n in range(len(pieces), 0, -1):
                candidate = ".".join(pieces[:n])
                if candidate.lower() in self._bare:
                    owner = self._handles.get(candidate.lower())
                    if owner is None:
                        owner = self._identity_for_bare(candidate)
                    end = m.start() + len(candidate)
                    spans.append(_Span(m.start(), end, 4, _fixed(owner, "handle")))
                    break

    def _identity_for_bare(self, joined: str) -> _Identity:
        low = joined.lower()
        for name, ident in self._names.items():
            parts = [p for p in name.split() if p not in PARTICLES]
            if low in {sep.join(parts) for sep in ("", "-", ".", "_")}:
                return ident
        return self._handle_identity(joined)

    def _numbers_in(self, text: str, spans: list[_Span]) -> None:
        number = self.words.number

        def made() -> _Out:
            return (number, "number")

        low = text.lower()
        for known in self._numbers:
            key, at = known.lower(), low.find(known.lower())
            while at >= 0:  # a plain search: a customer may have hundreds of orders
                end = at + len(key)
                if not (at and _wordish(text[at - 1])) and not (
                    end < len(text) and _wordish(text[end])
                ):
                    spans.append(_Span(at, end, 7, made))
                at = low.find(key, end)
        for m in LONG_DIGITS_RE.finditer(text):
            spans.append(_Span(m.start(), m.end(), 7, made))
        for m in NUMBER_RE.finditer(text):
            token = m.group().lstrip("#")
            digits = sum(c.isdigit() for c in token)
            if not 5 <= digits <= 20 or AMOUNT_RE.fullmatch(token) or DATE_RE.fullmatch(token):
                continue
            if sum(c.isalpha() for c in token) > max(6, digits):
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 25]
            if NUMBER_WORDS.search(before) or NUMBER_WORDS.search(after):
                spans.append(_Span(m.start(), m.end(), 7, made))

    def _name_keys(self) -> tuple[dict[str, _Identity], int, set[str]]:
        """Known full names by their lower-cased words; the longest in words; name parts that
        match in any case (first names: "hoi sander")."""
        if self._name_cache is None:
            full = {k: v for k, v in self._names.items() if " " in k}
            longest = max((k.count(" ") + 1 for k in full), default=0)
            loose = {
                t
                for t in self._tokens
                if t in FIRST_NAMES and t not in AMBIGUOUS_FIRST and len(t) >= 3
            }
            self._name_cache = (full, longest, loose)
        return self._name_cache

    def _token_identity(self, word: str, loose: set[str]) -> _Identity | None:
        low = word.lower()
        ident = self._tokens.get(low)
        if ident is None or low in self._brand:
            return None
        if low in loose or word in self._spellings:
            return ident
        if word == low[:1].upper() + low[1:] or word == low.upper():
            return ident
        return None

    def _known_names(self, text: str, spans: list[_Span]) -> None:
        """The names the anonymiser knows, in full ("Rachel Okafor", any case) or a part of
        them ("Rachel", "Okafor's"), with a second surname joined on ("Verbeek-de Wit")."""
        full, longest, loose = self._name_keys()
        tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        i = 0
        while i < len(tokens):
            start, end, word = tokens[i]
            if (start and _wordish(text[start - 1])) or (end < len(text) and text[end] == "_"):
                i += 1
                continue
            found: tuple[int, _Identity] | None = None
            for size in range(min(longest, len(tokens) - i), 1, -1):
                run = tokens[i : i + size]
                if all(HSPACE_RE.fullmatch(text[a[1] : b[0]]) for a, b in pairwise(run)):
                    hit = full.get(" ".join(t[2].lower() for t in run))
                    if hit is not None:
                        found = (size, hit)
                        break
            if found is not None:
                size, ident = found
                end = tokens[i + size - 1][1]
            else:
                size = 1
                ident_or_none = self._token_identity(word, loose)
                if ident_or_none is None:
                    head = re.split(r"['’-]", word)[0]  # "Rachel's", "Verbeek-de"
                    ident_or_none = self._token_identity(head, loose) if head != word else None
                    end = start + len(head)
                if ident_or_none is None:
                    i += 1
                    continue
                ident = ident_or_none
            if end < len(text) and _wordish(text[end]):
                i += size
                continue
            more = DOUBLE_SURNAME_RE.match(text, end)
            if more is not None:
                end = more.end()
            spans.append(_Span(start, end, 8, _fixed(ident, "name")))
            while i < len(tokens) and tokens[i][0] < end:
                i += 1

    def _pattern_names(self, text: str, spans: list[_Span], outbound: bool) -> None:
        tokens = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        i = 0
        while i < len(tokens):
            if not _is_cap(tokens[i][2]):
                i += 1
                continue
            seq = [i]
            pending: list[int] = []
            k = i + 1
            while k < len(tokens):
                gap = text[tokens[k - 1][1] : tokens[k][0]]
                if not HSPACE_RE.fullmatch(gap):
                    break
                word = tokens[k][2]
                if _is_cap(word):
                    seq.extend(pending)
                    seq.append(k)
                    pending = []
                elif word.lower() in PARTICLES and len(pending) < 3:
                    pending.append(k)
                else:
                    break
                k += 1
            run = [tokens[j] for j in seq]
            if not self._signature(text, run, spans, outbound):
                for part, lead in self._split_on_stops(run):
                    self._judge(text, part, lead, spans, outbound)
            i = seq[-1] + 1

    def _signature(
        self, text: str, run: list[tuple[int, int, str]], spans: list[_Span], outbound: bool
    ) -> bool:
        """A line of its own after a closing ("Met vriendelijke groeten,\nAn Jacobs") is the
        writer's name, even where a part of it is also a common word."""
        start, end = run[0][0], run[-1][1]
        caps = [t for t in run if t[2].lower() not in PARTICLES]
        if not 1 <= len(caps) <= 3 or not LINE_END_RE.match(text, end):
            return False
        if not SIGNED_RE.search(text[max(0, start - 60) : start]):
            return False
        lows = [t[2].lower() for t in caps]
        if all(w in STOP or w in self._brand or w in GENERIC_BRAND for w in lows):
            return False
        if any(w in self._brand or w in GENERIC_BRAND for w in lows):
            return False  # "Team Stroomnet"
        self._name_span(text, start, end, outbound, spans)
        return True

    def _split_on_stops(
        self, seq: list[tuple[int, int, str]]
    ) -> list[tuple[list[tuple[int, int, str]], int]]:
        """Runs of name candidates between words that are no name; with where each run's
        leading particles began ("meneer De Vries": the run is "Vries", led from "De")."""
        parts: list[list[tuple[int, int, str]]] = [[]]
        for tok in seq:
            low = tok[2].lower()
            if low in PARTICLES:
                parts[-1].append(tok)
            elif low in STOP or low in self._brand or low in GENERIC_BRAND:
                parts.append([])
            else:
                parts[-1].append(tok)
        out = []
        for part in parts:
            lead = part[0][0] if part else 0
            while part and (part[0][2].lower() in PARTICLES):
                part = part[1:]
            while part and (part[-1][2].lower() in PARTICLES):
                part = part[:-1]
            if part:
                out.append((part, lead))
        return out

    def _judge(
        self,
        text: str,
        part: list[tuple[int, int, str]],
        lead: int,
        spans: list[_Span],
        outbound: bool,
    ) -> None:
        words = [t[2] for t in part]
        lows = [w.lower() for w in words]
        caps = [w for w in words if w.lower() not in PARTICLES]
        start, end = part[0][0], part[-1][1]
        # Only the text's own start counts as a line start, not the start of this window.
        before = ("" if lead <= 40 else "\x00") + text[max(0, lead - 40) : lead]
        # Known full names of other people, longest run first.
        for size in range(len(part), 1, -1):
            for a in range(0, len(part) - size + 1):
                run = part[a : a + size]
                key = _norm(" ".join(t[2] for t in run))
                if key in self._other_names or key in self._names:
                    self._name_span(text, run[0][0], run[-1][1], False, spans)
                    return
        staff = False
        cue = False
        after = BRAND_AFTER_RE.match(text, end)
        if after and self._is_brand(after.group(1)):
            cue, staff = True, True  # "Mehmet van @StroomnetHelp", "Priya at Stroomnet"
        elif SIGNATURE_RE.search(before) or CLOSING_RE.search(before):
            cue, staff = True, outbound
        elif GREETING_RE.search(before):
            cue, staff = True, not outbound
        elif COLLEAGUE_RE.search(before):
            cue, staff = True, True
        elif TITLE_RE.search(before):
            cue = True
        if cue:
            start = lead  # "meneer De Vries": the particle belongs to the name
        if cue and len(caps) > 3:
            part = part[: next(i for i, t in enumerate(part) if t[2] == caps[2]) + 1]
            end = part[-1][1]
        joined = (
            len(caps) >= 2
            and any(w in PARTICLES and w not in WEAK_PARTICLES for w in lows)
            and (caps[0].lower() in FIRST_NAMES or not self._sentence_start(text, start))
        )
        first_name = len(caps) >= 2 and caps[0].lower() in FIRST_NAMES
        alone = (
            len(caps) == 1
            and caps[0].lower() in FIRST_NAMES
            and caps[0].lower() not in AMBIGUOUS_FIRST
        )
        mid_sentence = (
            self.lang == "nl" and len(caps) == 2 and not self._sentence_start(text, start)
        )
        if cue or joined or first_name or alone or mid_sentence:
            if len(caps) > 4:
                return
            self._name_span(text, start, end, staff, spans)

    def _is_brand(self, word: str) -> bool:
        low = word.lower().strip(".-")
        if low in self._brand or (low in self._handles and self._handles[low].brand):
            return True
        return any(len(b) >= 4 and b in low for b in self._brand)

    @staticmethod
    def _sentence_start(text: str, start: int) -> bool:
        before = text[:start].rstrip()
        return not before or before[-1] in ".!?:\n\"'“(-–•*>#"

    def _name_span(self, text: str, start: int, end: int, staff: bool, spans: list[_Span]) -> None:
        name = text[start:end]

        def make() -> _Out | None:
            return (self._identity_for_name(name, staff), "name")

        spans.append(_Span(start, end, 8, make))  # as known names: the longer name wins

"""Escalation cues (safety, legal, media, churn, accusation, anger, repeat) in English and Dutch.

Hot path: every ingested message passes through :func:`detect_cues`, so matching is one
C-level regex scan per message. The word lists below are regex alternatives in lower case.
The text is lower-cased once and scanned by one pattern per language mode: a separator class
(so the engine jumps between word starts in C) followed by a lookahead over a trie of all
alternatives' literal prefixes (so most words are rejected after a character or two). Only the
word starts it reports are matched again, by the anchored pattern of each class that has
words beginning with that character.

An alternative starts with a lower-case letter or digit, a digit class (``[0-9]``), a leading
``(?:a|b)`` group (spelled out at build time) or fixed-width lookbehinds before one of
those; it has no top-level ``|`` and no capturing group. ``(?!\\w)`` is appended, so stems
that take suffixes say so (``scam\\w*``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from triage.domain.enums import CueClass
from triage.domain.models import CueHit

__all__ = ["CUE_POINTS", "cue_points", "detect_cues", "repeat_level"]

CUE_POINTS: dict[CueClass, float] = {
    CueClass.SAFETY: 1.0,
    CueClass.LEGAL: 0.6,
    CueClass.MEDIA: 0.6,
    CueClass.CHURN: 0.5,
    CueClass.ACCUSATION: 0.4,
    CueClass.ANGER: 0.3,
    CueClass.REPEAT: 0.0,  # feeds the repeat-contact component instead
    CueClass.COMPLAINT: 0.2,  # from the tone model (domain.md §10.1: complaint classifier)
}

_AP = "['’]?"  # phones type curly apostrophes, people skip them
_N = "[0-9][0-9]{0,2}"  # a written count: 1..999
_EN_NUMS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "multiple",
    "many",
    "countless",
    "numerous",
    "a few",
    "a dozen",
)
_NL_NUMS = (
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "meerdere",
    "diverse",
    "verschillende",
    "talloze",
    "zoveel",
    "een paar",
)
_EN_ORDINALS = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "umpteenth",
    "nth",
    "zillionth",
    "hundredth",
    "millionth",
)
_NL_ORDINALS = (
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "zoveelste",
    "honderdste",
    "miljoenste",
)


def _each(words: Iterable[str], template: str) -> list[str]:
    """Spell a phrase out per word, so each alternative keeps a literal first character."""
    return [template.format(w) for w in words]


# Profanity and shorthand used by both language communities.
_SHARED_ANGER = [
    r"f[u*@#]*ck\w*",
    r"f[u*@#]+k\w*",
    r"fkn",
    r"sh[i*!1]t\w*",
    r"bullsh[i*]t\w*",
    "wtf",
    "ffs",
    "omfg",
    "stfu",
]

_EN: dict[CueClass, list[str]] = {
    CueClass.SAFETY: [
        r"fire(?!\s?(?:tv|stick|tablet|hd|os)\b)",
        "fires",
        "caught fire",
        "on fire",
        "smoke",
        "(?<!no )smoking",
        r"burn(?:ing|t)? smell",
        r"smell(?:s|ed|ing)? (?:of )?burn(?:ing|t)",
        r"smells? like (?:burning|smoke|gas)",
        r"spark(?:s|ed|ing)",
        r"melted (?:plug|cable|charger|socket|wire|battery)s?",
        r"(?:plug|cable|charger|socket|wires?|battery|casing) (?:has |had |is |was )?"
        r"melt(?:ed|ing)",
        r"explo(?:de|ded|des|ding|sion|sions)",
        r"blew up in my (?:hand|face)",
        r"electric(?:al)? shock\w*",
        r"electrocut\w*",
        r"gas leak\w*",
        "gas smell",
        r"smell(?:s|ed|ing)? (?:of )?gas",
        "carbon monoxide",
        r"injur(?:ed|y|ies|ing)",
        "got hurt",
        r"(?:was|were|been|badly|seriously|getting|get) hurt",
        r"hurt (?:myself|himself|herself|themselves|my (?:hand|arm|leg|back|head|finger|eye)s?)",
        r"hospitali[sz]ed",
        r"hospital(?:s)?",
        "a&e",
        "emergency room",
        r"got (?:really )?sick",
        r"(?:made|make|making) (?:me|us|him|her|them|my \w+) (?:really )?(?:sick|ill)",
        "food poisoning",
        "allergic reaction",
        r"anaphyla\w*",
        "dangerous",
        "unsafe",
        r"hazard(?:s|ous)?",
        r"overheat(?:ed|ing|s)",
        r"(?:burnt|burned) (?:my|his|her|our)",
        "bleeding",
        "short circuit",
    ],
    CueClass.LEGAL: [
        r"lawyers?",
        r"solicitors?",
        r"attorneys?",
        r"legal (?:action|advice|steps|proceedings|case|claim|team)",
        r"legally",
        r"illegal(?:ly)?",
        r"(?:to|in) court",
        r"court (?:case|action|claim|order)",
        "small claims",
        r"sue (?:you|u|them|your|the|for|over)",
        r"(?:gonna|going to|will|i['’]?ll|to) sue",
        r"suing",
        "sued",
        r"lawsuits?",
        "class action",
        r"ombudsm[ae]n",
        r"regulators?",
        "trading standards",
        "consumer rights",
        "ofcom",
        "fcc",
        "fca",
        "bbb",
        "better business bureau",
        r"charge ?backs?",
        "cfpb",
        "gdpr",
        r"(?:call(?:ing)?|contact(?:ing)?) the police",
    ],
    CueClass.MEDIA: [
        # Context needed: "the news" and "the press" are everyday words too.
        r"(?:to|contact|contacting|tell|telling|alert|tip off) the (?:press|media|papers)",
        r"(?:local|national) press",
        "press coverage",
        r"journalists?",
        r"(?:to|contact|contacting|tell|telling|call|calling) (?:the |a |my local )?newspapers?",
        r"(?:to|on|contact|contacting|tell|telling|call|calling) the news",
        r"(?:local|national|evening|tv) news",
        r"news (?:outlets?|channels?|stations?|desk|crew)",
        "viral",
        r"(?:everyone|everybody) (?:should|needs to|must|has to) (?:know|see|hear)",
        r"shar(?:e|ing) this (?:everywhere|with everyone)",
        "bbc",
        "watchdog",
        r"reviews? everywhere",
        r"(?:bad|negative|terrible|scathing) reviews?",
        r"1[- ]?star reviews?",
        r"one[- ]?star reviews?",
        "going public",
    ],
    CueClass.CHURN: [
        r"cancel(?:l?ing|l?ed|s)? (?:my|our|the|this) "
        r"(?:contract|subscription|account|service|membership|plan|package|broadband|sub)s?",
        f"i{_AP}m cancel+ing",
        "i am cancel+ing",
        f"we{_AP}re cancel+ing",
        r"cancel+ing (?:now|today|asap)",
        r"(?:want|wanna|going|need|like) to cancel(?! (?:my |the |this |an? )?"
        r"(?:order|booking|appointment|delivery|payment|reservation))",
        r"switch(?:ing|ed)? (?:to|over to)",
        r"switch(?:ing)? (?:providers?|suppliers?|networks?)",
        r"mov(?:e|ing) to (?:another|a different) (?:provider|supplier|network|bank|company)",
        r"(?:another|a different) (?:provider|supplier|network)",
        r"leaving (?:you|u)",
        "never again",
        "never ever again",
        r"never (?:using|ordering|buying|booking|shopping|flying|dealing)",
        r"last time (?:i|we)(?:['’]ll| will| ever)? "
        r"(?:use|order|buy|book|shop|fly|deal|come|go)\w*",
        r"done with (?:you|u|this company|your company|your service)",
        r"tak(?:e|ing) (?:my|our) (?:business|money|custom) elsewhere",
        r"clos(?:e|ing) (?:my|our) account",
        r"port(?:ing)? (?:my|our) number",
        r"(?:end|ending|terminate|terminating) (?:my|our|the) contract",
        r"lost (?:a|me as a|yourself a) customer",
        r"lost (?:my|our) (?:business|custom)",
        r"won['’]?t be (?:renewing|coming back)",
    ],
    CueClass.ACCUSATION: [
        r"scam\w*",
        r"fraud(?!\s(?:team|department|dept|alerts?|line|checks?|protection|"
        r"prevention|detection|squad))(?:ulent|ulently|sters?|s)?",
        r"liars?",
        r"lying(?! (?:down|around|on|in bed|there))",
        f"you{_AP} lied",
        "you lie",
        r"lied to (?:me|us)",
        r"rip[- ]?offs?",
        r"ripped (?:me |us )?off",
        r"thie(?:f|ves|ving|very)",
        r"steal(?:ing)? (?:my|our|money|from)",
        r"stole (?:my|our)",
        r"robb(?:ing|ed) (?:me|us|people|customers)",
        "daylight robbery",
        r"disgrace(?:ful)?",
        "shameful",
        "shame on you",
        r"criminals?",
        r"crooks?",
        r"cowboys",
        r"con artists?",
        r"extort\w*",
        "dishonest",
        "misled",
        r"misleading",
        "deliberately",
        "on purpose",
        "intentionally",
    ],
    CueClass.ANGER: [
        *_SHARED_ANGER,
        "furious",
        "livid",
        r"outrag(?:ed|eous)",
        "fed up",
        r"sick (?:and tired )?of",
        "sick to death",
        "ridiculous",
        "absurd",
        "unacceptable",
        "pathetic",
        "worst",
        r"disgust\w*",
        r"damn\w*",
        r"goddamn\w*",
        r"crap(?:py)?",
        r"piss(?:ed|ing)?",
        "angry",
        r"frustrat(?:ed|ing)",
        r"infuriat\w*",
        r"annoy(?:ed|ing)",
        r"hate (?:you|u|this|your|dealing|how)",
        "useless",
        r"incompeten(?:t|ce)",
        "appalling",
        "horrendous",
        "terrible",
        "awful",
        "horrible",
        "rubbish",
        "clowns",
        r"(?:a|what a|absolute|complete|total|such a) joke",
        "the hell",
        "bloody",
    ],
    CueClass.REPEAT: [
        r"still(?! (?:love|like|a fan|recommend))",
        "(?<!never )(?<!thanks )(?<!thank you )again",
        "yet again",
        "once again",
        *_each(_EN_ORDINALS, "{} time"),
        # Ordinal digits from 2: "1st time" is a first contact.
        "[2-9](?:st|nd|rd|th) time",
        "[1-9][0-9]{1,2}(?:st|nd|rd|th) time",
        *_each((*_EN_NUMS, _N), r"{} times (?:already|now|so far|this (?:week|month)|today)"),
        *_each(
            (*_EN_NUMS, _N),
            r"(?:called|rang|phoned|emailed|e-mailed|messaged|tried|asked|chased|contacted)"
            r" (?:you |u |them |this |\w+ )?{} times",
        ),
        *_each(("multiple", "several", "many", "countless", "numerous"), "{} times"),
        "twice",
        "over and over",
        "repeatedly",
        "every single time",
        r"(?:been )?waiting (?:for )?(?:over )?(?:[0-9]{1,3}|two|three|four|five|six|several|"
        r"many|a few) (?:hours|days|weeks|months)",
        "still waiting",
        r"no (?:response|reply|answer|update)s? (?:yet|at all|whatsoever)",
        r"(?:nobody|no one|no-one|noone) "
        r"(?:answers|answered|replies|replied|responds|responded|gets back|got back|picks up)",
        r"keep (?:getting|having|receiving)",
        r"chas(?:ed|ing) (?:this|you|it|up)",
    ],
}

_NL: dict[CueClass, list[str]] = {
    CueClass.SAFETY: [
        r"vlam(?:men)?",
        "vlam gevat",
        r"in vlammen",
        r"rook(?:te|ten|t|wolk|wolken)",
        "rookontwikkeling",
        "brandlucht",
        "brandgevaar",
        r"brandje",
        r"brandwond(?:en)?",
        r"vonk(?:en|te|ten|t)",
        r"ontplo(?:ft|fte|ften|ffen|fing)",
        r"explo(?:deerde|sie)",
        r"(?:stroom|elektrische )?schok(?:ken)? (?:gekregen|kreeg|krijg)",
        "stroomschok",
        "elektrische schok",
        "onder stroom",
        "gaslek",
        "gaslucht",
        r"lekkage (?:van )?gas",
        r"ruik(?:en|t)? gas",
        "koolmonoxide",
        r"gewond(?:e|en)?",
        "letsel",
        "ziekenhuis",
        "spoedeisende hulp",
        "eerste hulp",
        "ziek geworden",
        r"(?:werd|word|worden|werden) (?:er )?(?:doodziek|ziek)",
        "voedselvergiftiging",
        "allergische reactie",
        r"(?:levens)?gevaarlijke?",
        r"onveilige?",
        r"oververhit\w*",
        "kortsluiting",
    ],
    CueClass.LEGAL: [
        r"advoca(?:at|ten|te)",
        r"rechtszaak",
        "rechtszaken",
        r"(?:naar|voor|bij|via) de rechter",
        r"rechtbank",
        r"juridisch\w*",
        r"aansprakelijk\w*",
        r"geschillencommissie",
        "acm",
        "kifid",
        "consumentenbond",
        "ingebrekestelling",
        "in gebreke",
        r"deurwaarder\w*",
        r"aangifte (?:doen|gedaan|tegen|bij|van)",
        r"(?:ik|we|wij) (?:doe|doen|ga|gaan) aangifte",
        r"ombudsm[ae]n",
        r"rechtsbijstand\w*",
        r"dagvaard\w*",
        "naar de politie",
        "sommatie",
    ],
    CueClass.MEDIA: [
        r"(?:avro)?tros radar",
        r"naar (?:avrotros |tros )?radar",
        r"radar (?:en|of) kassa",
        r"kassa (?:en|of) radar",
        "naar kassa",
        r"(?:radar|kassa) (?:inschakelen|mailen|tippen|benaderen)",
        # Papers need context: people also write in about their own newspaper subscription.
        r"journalist(?:en|e)?",
        r"naar (?:de pers|de krant|de media|het ad|de telegraaf)",
        r"(?:de pers|de krant|de media|het ad|de telegraaf) "
        r"(?:in|inschakelen|benaderen|bellen|mailen|tippen|halen)",
        r"in (?:de krant|de media|het ad|de telegraaf) (?:zetten|brengen|gooien|komen)",
        "hart van nederland",
        r"rtl nieuws",
        "nos journaal",
        "viral",
        "ik ga dit delen",
        r"deel dit (?:overal|met iedereen)",
        r"iedereen moet dit (?:weten|zien|horen|lezen)",
        r"(?:slechte|negatieve) reviews?",
        r"reviews? (?:overal|achterlaten)",
    ],
    CueClass.CHURN: [
        r"opzeg\w*",
        "opgezegd",
        "zeg op",
        "zeg ik op",
        r"zeg (?:ik )?(?:mijn|m['’]n|ons|het|de|jullie) (?:\w+ ){0,2}op",
        # a threat to switch away, not a switch to us ("de overstap ging zonder gedoe")
        r"overstap(?:pen)? naar(?! jullie\b| u\b| ons\b)",
        r"(?:ik |we |wij )?(?:ga|gaan) overstappen",
        r"overgestapt naar",
        r"stap(?:pen)? (?:ik |we |wij )?over",
        "nooit meer",
        r"(?:was|is|echt|absoluut|zeker) de laatste keer",
        r"laatste keer (?:bij|via|met) jullie",
        "klaar mee",
        "ik ben weg",
        r"(?:een )?andere (?:provider|aanbieder|leverancier|energieleverancier|bank|verzekeraar)",
        r"contract (?:be[eë]indigen|be[eë]indigd|opzeggen|ontbinden)",
        r"be[eë]indig\w* (?:mijn |het |ons )?(?:contract|abonnement)",
        r"(?:ik |we )?(?:ga|gaan) weg bij",
        r"klant kwijt",
    ],
    CueClass.ACCUSATION: [
        r"oplicht\w*",
        "opgelicht",
        r"fraude(?:urs?|ren|ert)?",
        r"frauduleu\w*",
        r"lieg\w*",
        "gelogen",
        r"leugen\w*",
        "dief",
        "dieven",
        "diefstal",
        r"jullie stelen",
        r"schandalig\w*",
        "schande",
        r"crimine(?:el|le|len)",
        r"afzetter(?:ij|s)?",
        r"zakkenvuller\w*",
        r"misleid\w*",
        "boeven",
        "tuig",
        "maffia",
        r"(?:doen|doet|deden|dit|dat|het) (?:jullie )?(?:gewoon )?bewust",
        r"bewust (?:misleid\w*|gelogen|verzwegen|te veel)",
        "expres",
        "met opzet",
        r"opzettelijk",
    ],
    CueClass.ANGER: [
        *_SHARED_ANGER,
        r"woedend\w*",
        "boos",
        "boze",
        "(?<!geen )kwaad",
        "pissig",
        r"belachelijk\w*",
        r"onacceptabel\w*",
        r"schandalig\w*",
        r"waardelo(?:os|ze)",
        "bagger",
        r"slechtste",
        r"kut\w*",
        r"klote\w*",
        r"godver\w*",
        "godsamme",
        r"tering\w*",
        r"tyfus\w*",
        r"kolere\w*",
        "verdomme",
        r"ik ben er (?:\w+ )?klaar mee",
        r"spuugzat",
        r"kotsbeu",
        r"ergerlijk\w*",
        "erger me",
        r"ge[iï]rriteerd",
        r"gefrustreerd",
        r"frustrerend",
        "aanfluiting",
        "puinhoop",
        "lachertje",
        r"wat een (?:grap|zooi|bende)",
    ],
    CueClass.REPEAT: [
        "nog steeds",
        "nog altijd",
        "alweer",
        "steeds weer",
        "keer op keer",
        "telkens",
        r"weer (?:geen|niet|niks|niets|kapot|storing|een storing|mis|fout|te laat|"
        r"hetzelfde|uitgevallen|down|offline)",
        *_each(_NL_ORDINALS, "{} keer"),
        "[2-9](?:e|de|ste) keer",
        "[1-9][0-9]{1,2}(?:e|de|ste) keer",
        *_each((*_NL_NUMS, _N), r"al {} (?:keer|maal|x)"),
        *_each(
            (*_NL_NUMS, _N),
            r"{} ?(?:keer|maal|x) (?:gebeld|gemaild|contact|geprobeerd|gevraagd|"
            r"doorverbonden|geklaagd|gemeld)",
        ),
        "meerdere keren",
        r"wacht(?:en|te)? (?:nu |inmiddels )?al",
        *_each(
            ("sinds", "al"),
            r"{} (?:[0-9]{{1,3}}|een paar|enkele|twee|drie|vier|vijf|zes) "
            r"(?:dagen|weken|maanden|uur)",
        ),
        r"nog (?:steeds |altijd )?geen (?:reactie|antwoord|bericht|terugkoppeling)",
        r"geen (?:één|een|enkele) (?:reactie|antwoord)",
        "geen antwoord",
        r"niemand (?:neemt op|reageert|belt terug)",
    ],
}

# "brand" is also the English word for a label, so it counts only in text known to be Dutch.
_NL_ONLY: dict[CueClass, list[str]] = {
    CueClass.SAFETY: [
        "in brand",
        r"brand (?:in|bij|uitgebroken|ontstaan|gehad)",
        r"(?:een|kleine|grote|de) brand",
        "brandde",
    ],
}

_MODES = ("en", "nl", "any")
_LB = re.compile(r"\(\?<[!=]([^()|]*)\)")
_QUANT = "?*+{"
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")  # group numbers would shift between tries


def _leading_group(alt: str) -> tuple[list[str], str, bool] | None:
    """Options, remainder and optionality of a leading ``(?:a|b)`` group, if there is one."""
    if not alt.startswith("(?:"):
        return None
    depth, options, begin, i = 0, [], 3, 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = alt.index("]", i + 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                options.append(alt[begin:i])
                optional = alt[i + 1 : i + 2] == "?"
                return options, alt[i + 2 if optional else i + 1 :], optional
        elif ch == "|" and depth == 1:
            options.append(alt[begin:i])
            begin = i + 1
        i += 1
    raise ValueError(f"unbalanced cue alternative: {alt!r}")


def _expand(alt: str) -> list[str]:
    """Spell out a leading group so every alternative starts with a literal character."""
    lead = _leading_group(alt)
    if lead is None:
        return [alt]
    options, rest, optional = lead
    out = [x for opt in options for x in _expand(opt + rest)]
    return out + _expand(rest) if optional else out


def _split_key(alt: str) -> tuple[str, str]:
    """(first-character key, rest) of one alternative; lookbehinds move behind the key."""
    behinds: list[tuple[str, str]] = []
    while m := _LB.match(alt):
        behinds.append((alt[2:4], m.group(1)))  # ("<!", body)
        alt = alt[m.end() :]
    if alt.startswith("[") and "]" in alt:
        key = alt[: alt.index("]") + 1]
    else:
        key = alt[:1]
        if not (key.isalnum() and key == key.lower()):
            raise ValueError(f"cue alternative must start with a literal: {alt!r}")
    rest = alt[len(key) :]
    if rest[:1] in _QUANT or _CAPTURING.search(alt):
        raise ValueError(f"cue alternative needs a plain first character: {alt!r}")
    if behinds and len(key) != 1:
        raise ValueError(f"lookbehind needs a literal first character: {alt!r}")
    # A lookbehind before the first character equals one after it that also spans it.
    return key, "".join(f"(?{kind}{body}{key})" for kind, body in behinds) + rest


@functools.cache  # import time: each alternative sits in several tries
def _normalized(alt: str) -> tuple[str, ...]:
    """The alternative with its lookbehinds moved, once per character it can start with."""
    key, rest = _split_key(alt)
    if len(key) == 1:
        return (key + rest,)
    chars = [c for c in "0123456789" if re.fullmatch(key, c)]
    if not chars:
        raise ValueError(f"only digit classes may lead a cue alternative: {alt!r}")
    return tuple(c + rest for c in chars)


_PLAIN = frozenset(" '’-&,")  # literal in a regex outside a class


def _literal_prefix(alt: str) -> int:
    """Length of the plain-text start of an alternative (no quantifier on its last char)."""
    i = 0
    while i < len(alt) and (alt[i].isalnum() or alt[i] in _PLAIN):
        nxt = alt[i + 1 : i + 2]
        if nxt and nxt in _QUANT:
            break
        i += 1
    return i


class _Node:
    __slots__ = ("children", "leaves")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.leaves: list[str] = []


def _trie(alts: Iterable[str]) -> _Node:
    """Literal prefixes shared, so the engine rejects most words after one or two chars."""
    root = _Node()
    for alt in dict.fromkeys(x for a in alts for x in _normalized(a)):
        node, cut = root, _literal_prefix(alt)
        for ch in alt[:cut]:
            node = node.children.setdefault(ch, _Node())
        node.leaves.append(alt[cut:])
    return root


def _emit(node: _Node) -> str:
    # Longer literal continuations first, then longer tails, so evidence is the fuller phrase.
    items = [re.escape(ch) + _emit(child) for ch, child in node.children.items()]
    items += [leaf + r"(?!\w)" for leaf in sorted(node.leaves, key=len, reverse=True)]
    return items[0] if len(items) == 1 else "(?:" + "|".join(items) + ")"


# Branches are tried in order, so common word-initial letters (EN and NL) go first.
_FIRST_CHAR_ORDER = "tdaeiwhsomvgbcnpfkzlruyj"


def _first_rank(ch: str) -> int:
    i = _FIRST_CHAR_ORDER.find(ch)
    return i if i >= 0 else len(_FIRST_CHAR_ORDER)


@functools.cache
def _separators() -> str:
    """Regex class of non-word characters, so the scan jumps from word start to word start.

    A plain literal class (not the \\W category) lets the regex engine skip ahead in C; code
    points beyond the BMP (mostly emoji) all count as separators.
    """
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        c = chr(cp)
        if not (c.isalnum() or c == "_"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    body = "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in ranges)
    return f"[{body}\\U00010000-\\U0010ffff]"


def _mode_lists(mode: str) -> dict[CueClass, list[str]]:
    tables: tuple[dict[CueClass, list[str]], ...] = {"en": (_EN,), "nl": (_NL, _NL_ONLY)}.get(
        mode, (_EN, _NL)
    )
    out: dict[CueClass, list[str]] = {c: [] for c in CueClass}
    for table in tables:
        for cls, alts in table.items():
            out[cls].extend(x for alt in alts for x in _expand(alt))
    return out


_Dispatch = dict[str, tuple[tuple[CueClass, re.Pattern[str]], ...]]


@functools.cache  # built on first use: most installations only ever see one or two modes
def _compiled(mode: str) -> tuple[re.Pattern[str], _Dispatch]:
    """A scanner reporting every word start where some cue may begin, and per first character
    the anchored pattern of each class that has words starting with it."""
    lists = _mode_lists(mode)
    root = _trie(alt for cls in CueClass for alt in lists[cls])
    root.children = dict(sorted(root.children.items(), key=lambda kv: _first_rank(kv[0])))
    scanner = re.compile(_separators() + "(?=" + _emit(root) + ")")
    by_char: dict[str, list[tuple[CueClass, re.Pattern[str]]]] = {}
    for cls in CueClass:
        trie = _trie(lists[cls])
        pattern = re.compile(_emit(trie))
        for ch in trie.children:
            by_char.setdefault(ch, []).append((cls, pattern))
    return scanner, {ch: tuple(v) for ch, v in by_char.items()}


def _char_class(test: str) -> str:
    """A regex class of the BMP code points for which ``str.<test>()`` holds.

    BMP only: beyond it the engine checks ranges one by one, which triples the cost of a
    scan, and the only cased letters there are styled "math" letters and historic scripts.
    """
    check = getattr(str, test)
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if check(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in ranges)


_UP = _char_class("isupper")
_UPPER_RUN = re.compile(f"[{_UP}]+")
_LOWER_RUN = re.compile(f"[{_char_class('islower')}]+")
# Handles, hashtags and links say nothing about the writer's tone.
_SKIP = re.compile(r"(?i:https?://|www\.)\S+|[@#]\w+")
_CAPS_WORD = re.compile(
    r"(?P<skip>(?i:https?://|www\.)\S+|[@#]\w+)"
    rf"|(?<![^\W\d_])(?P<word>[{_UP}]{{2,}})(?![^\W\d_])|(?P<letter>[{_UP}])"
)
_NONSPACE = re.compile(r"\S+")
# Runs of two or more; a single class first so the engine can skip ahead in C.
_PUNCT_RUN = re.compile(r"[!?！？‼⁉⁈][!?！？‼⁉⁈]+")
_DOUBLE = re.compile(r"[‼⁉⁈]")  # a stacked run in one character
_BANGS = frozenset("!！‼⁉⁈")
_CAPS_MIN_LETTERS = 10
_CAPS_SPAN = 40


_ASCII_UPPER = bytes(range(0x41, 0x5B))
_ASCII_LOWER = bytes(range(0x61, 0x7B))
_UTF8_LEADS = bytes(range(0xC0, 0x100))  # one per non-ASCII character


def _count_bytes(raw: bytes, which: bytes) -> int:
    return len(raw) - len(raw.translate(None, which))


def _caps_evidence(text: str, low: str) -> tuple[int, str] | None:
    """(position, caps words) when over half the cased letters are capitals, else None."""
    # Byte counting in C bounds the counts cheaply: capitals <= ASCII capitals + non-ASCII
    # characters, lower case >= ASCII lower case. Most texts are settled by the bounds.
    raw = text.encode("utf-8", "surrogatepass")
    most_upper = _count_bytes(raw, _ASCII_UPPER) + _count_bytes(raw, _UTF8_LEADS)
    if most_upper * 2 <= _CAPS_MIN_LETTERS:
        return None
    body = text
    if "@" in text or "#" in text or "/" in text or "www." in low:
        body = _SKIP.sub(" ", text)
        raw = body.encode("utf-8", "surrogatepass")
        most_upper = _count_bytes(raw, _ASCII_UPPER) + _count_bytes(raw, _UTF8_LEADS)
    if most_upper <= _count_bytes(raw, _ASCII_LOWER):
        return None
    upper = sum(map(len, _UPPER_RUN.findall(body)))
    lower = sum(map(len, _LOWER_RUN.findall(body)))
    if upper + lower < _CAPS_MIN_LETTERS or upper <= lower:
        return None
    start = end = lone = -1
    for m in _CAPS_WORD.finditer(text):
        if m.lastgroup == "word":
            if start < 0:
                start = m.start()
            elif m.start() > start + _CAPS_SPAN:
                break
            end = m.end()
        elif m.lastgroup == "letter" and lone < 0:
            lone = m.start()
    if start >= 0:
        return start, text[start:end]
    if lone >= 0:  # shouting without a single all-caps word, e.g. "HeLLo ThErE"
        word = _NONSPACE.match(text, lone)
        return lone, word.group() if word else text[lone]
    return None


def _punct_evidence(text: str) -> tuple[int, str] | None:
    if "!" in text or "！" in text:
        for m in _PUNCT_RUN.finditer(text):
            if not _BANGS.isdisjoint(m.group()):  # "??" is puzzlement, not anger
                return m.start(), m.group()
    if "‼" in text or "⁉" in text or "⁈" in text:
        double = _DOUBLE.search(text)
        if double is not None:
            return double.start(), double.group()
    return None


def _arousal(text: str, low: str) -> str | None:
    """Evidence of shouting or stacked punctuation, whichever comes first."""
    punct = _punct_evidence(text)
    caps = _caps_evidence(text, low)
    if punct and caps:
        return min(punct, caps)[1]
    found = punct or caps
    return found[1] if found else None


def _lower_aligned(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower-case to two (e.g. "İ"); keep those as is so offsets line up.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _mode(lang: str) -> str:
    code = lang.strip().lower().replace("_", "-").split("-", 1)[0]
    return {"en": "en", "eng": "en", "nl": "nl", "nld": "nl", "dut": "nl"}.get(code, "any")


_Compiled = tuple[re.Pattern[str], _Dispatch]
_BY_LANG: dict[str, _Compiled] = {}  # lang as given -> compiled mode, one lookup per call
_CLASSES = tuple(CueClass)  # iterating the enum itself is slow on the hot path


def _for_lang(lang: str) -> _Compiled:
    compiled = _compiled(_mode(lang))
    if len(_BY_LANG) < 256:  # bounded: lang comes from input data
        _BY_LANG[lang] = compiled
    return compiled


def detect_cues(text: str, lang: str) -> tuple[CueHit, ...]:
    """At most one hit per cue class (the first match), in CueClass order.

    ``lang`` is 'en', 'nl' (region suffixes allowed) or anything else, which checks both
    languages except the Dutch-only "brand" phrases. Evidence is the matched text exactly as
    written. For ANGER a lexical match wins over shouting (caps ratio > 0.5 over at least ten
    cased letters, handles/tags/links ignored) and punctuation runs ("!!", "?!").
    """
    if not text:
        return ()
    scanner, dispatch = _BY_LANG.get(lang) or _for_lang(lang)
    low = _lower_aligned(text)
    padded = " " + low  # the scanner consumes the separator before each word
    found: dict[CueClass, str] = {}
    for m in scanner.finditer(padded):
        pos = m.end()
        for cls, pattern in dispatch[padded[pos]]:
            if cls not in found:
                hit = pattern.match(padded, pos)
                if hit is not None:
                    found[cls] = text[pos - 1 : hit.end() - 1]
    if CueClass.ANGER not in found:
        shouted = _arousal(text, low)
        if shouted is not None:
            found[CueClass.ANGER] = shouted
    if not found:
        return ()
    if len(found) == 1:
        [(cls, ev)] = found.items()
        return (CueHit(cls, ev),)
    return tuple(CueHit(cls, found[cls]) for cls in _CLASSES if cls in found)


def cue_points(hits: Iterable[CueHit]) -> float:
    """Sum of the points of the distinct cue classes present, capped at 1.0."""
    classes = {hit.cue for hit in hits}
    return min(1.0, math.fsum(CUE_POINTS[c] for c in _CLASSES if c in classes))


# Cardinals count contacts only next to "times"/"keer"; ordinals and "twice" do on their own.
_CARDINALS: dict[str, int] = {
    "two": 2,
    "twee": 2,
    "three": 3,
    "drie": 3,
    "four": 4,
    "vier": 4,
    "five": 5,
    "vijf": 5,
    "six": 6,
    "zes": 6,
    "seven": 7,
    "zeven": 7,
    "eight": 8,
    "acht": 8,
    "nine": 9,
    "negen": 9,
    "ten": 10,
    "tien": 10,
    "few": 3,
    "paar": 3,
    "several": 3,
    "multiple": 3,
    "meerdere": 3,
    "diverse": 3,
    "verschillende": 3,
    "many": 4,
    "zoveel": 4,
    "dozen": 12,
    "countless": 5,
    "numerous": 5,
    "talloze": 5,
}
_ORDINALS: dict[str, int] = {
    "twice": 2,
    "tweemaal": 2,
    "second": 2,
    "tweede": 2,
    "third": 3,
    "derde": 3,
    "fourth": 4,
    "vierde": 4,
    "fifth": 5,
    "vijfde": 5,
    "sixth": 6,
    "zesde": 6,
    "seventh": 7,
    "zevende": 7,
    "eighth": 8,
    "achtste": 8,
    "ninth": 9,
    "negende": 9,
    "tenth": 10,
    "tiende": 10,
    "umpteenth": 5,
    "nth": 5,
    "zoveelste": 5,
    "zillionth": 5,
    "millionth": 5,
    "miljoenste": 5,
    "hundredth": 100,
    "honderdste": 100,
}


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


_COUNTED = re.compile(
    r"\b(?:(?P<num>[0-9]{1,3})(?:st|nd|rd|th|e|de|ste)?\s?(?:x|times?|keer|keren|maal)"
    rf"|(?P<card>{_words(_CARDINALS)})\s(?:times?|keer|keren|maal|x)"
    rf"|(?P<ord>{_words(_ORDINALS)}))\b",
    re.IGNORECASE,
)
_MAX_LEVEL = 99


def repeat_level(hits: Iterable[CueHit]) -> int:
    """Estimated number of contacts from the REPEAT hit: 0 without one, else at least 2."""
    for hit in hits:
        if hit.cue is not CueClass.REPEAT:
            continue
        m = _COUNTED.search(hit.evidence)
        if m is None:
            return 2
        if m["num"]:
            n = int(m["num"])
        elif m["card"]:
            n = _CARDINALS[m["card"].lower()]
        else:
            n = _ORDINALS[m["ord"].lower()]
        return max(2, min(n, _MAX_LEVEL))
    return 0

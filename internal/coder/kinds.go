package coder

// cueKind names a kind of cue phrase of cues.tsv the coder's rules read.
// Each kind is one bit of a token's cue sets, computed once per token so
// that the rules test a bit instead of looking words up in maps.
type cueKind uint8

const (
	kDet cueKind = iota
	kCoord
	kClause
	kNegation
	kTgt
	kSrc
	kLoc
	kAgent
	kPersonal
	kReport
	kAccording
	kFixed
	kPassive
	kFrame
	kIndef
	kThreat
	kAppeal
	kAppealComp
	kAccuse
	kAccuseComp
	kPretext
	kOffice
	kConjSkip
	kDecision
	kWhere
	kRelPron
	kOrganizer
	kAgainst
	kFuture
	kHypothetical
	kPlanned
	kIntended
	kAssessed
	kReflexive
	kSubjPron
	kAux
	kCondition
	kContrast
	kReply
	kClauseRef
	kPair
	kJoint
	kCease
	kStative
	kPurpose
	kQuell
	kAttempt
	kObligation
	kReceive
	kThreatAt
	kRefusal
	kAgentive
	kSequel
	kCollective
	kFronted
	kGenitive
	kAmong
	kAdverb
	kPhase
	kPerfect
	kSlogan
	kWish
	kDative
	kMember
	kQuant
	kDenounce
	kPossible
	kMission
	kIncur
	kToll
	kMishap
	kFeeling
	kUntil
	kIrrealis
	kNeuter
	kSpeaker
	kPatient
	kObjPron
	kWhoPron
	kSomeone
	kArmed
	kAbstract
	kEnded
	kCalledOff
	kFear
	kEntitle
	kUnder
	kReflexInf
	kParticle
	kNotOnly
	kCancelled
	kPhrasal
	kPreventComp
	kViolent
	kOrder
	kDegenerate
	kOwner
	kVow
	kRenewed
	kSides
	kPartitive
	kAsMany
	kTimeFront
	kJoin
	kSeatAt
	kPhone
	kOccasion
	kAttrib
	kMeasure
	kNoState
	kHope
	kInOrder
	kPersonPron
	kPartake
	kCommit
	kVenue
	kFrontier
	kLetter
	kLetterTo
	kLetterLink
	kWard
	kCasualty
	kFaced
	kAnchor
	kProposal
	kDemanded
	kReciprocal
	kEach
	kOther
	kSwap
	kDistance
	kDeadline
	kSameDay
	kHabitual
	kSidesAlone
	kNaming
	kDeny
	kRejectVerb
	kClaim
	kRuling
	kCourt
	kPredicative
	kWarning
	kAnnounce
	kLaunchNoun
	kOffence
	kWay
	kPossRel
	kHeading
	kOrigin
	kSuspect
	kVessel
	kTell
	kSuffer
	kProtester
	kDriver
	kOnStrike
	kLeaders
	kStrikeOn
	kDwelling
	kDeed
	kTaking
	kLaw
	kOwnPoss
	kObjPlural
	kAffected
	kStripped
	kExpelled
	kEntry
	kGoal
	kHeldAt
	kSupposed
	kWhenClause
	kCompl
	kTallyFrom
	kTally
	kBreached
	// kPrep is no kind of the files: a word of any preposition kind (tgt,
	// src, loc, agent, personal).
	kPrep
	nKinds
)

// kindNames are the kinds as cues.tsv spells them, by cueKind.
var kindNames = [nKinds]string{
	kDet: "det", kCoord: "coord", kClause: "clause", kNegation: "negation",
	kTgt: "tgt", kSrc: "src", kLoc: "loc", kAgent: "agent", kPersonal: "personal",
	kReport: "report", kAccording: "according", kFixed: "fixed", kPassive: "passive",
	kFrame: "frame", kIndef: "indef", kThreat: "threat", kAppeal: "appeal",
	kAppealComp: "appealcomp", kAccuse: "accuse", kAccuseComp: "accusecomp",
	kPretext:  "pretext",
	kOffice:   "office",
	kConjSkip: "conjskip", kDecision: "decision", kWhere: "where", kRelPron: "relpron",
	kOrganizer: "organizer", kAgainst: "against", kFuture: "future",
	kHypothetical: "hypothetical", kPlanned: "planned", kIntended: "intended",
	kAssessed: "assessed", kReflexive: "reflexive", kSubjPron: "subjpron", kAux: "aux", kCondition: "condition", kContrast: "contrast", kReply: "reply", kClauseRef: "clauseref", kPair: "pair", kJoint: "joint", kStative: "stative", kPurpose: "purpose", kQuell: "quell", kAttempt: "attempt",
	kObligation: "obligation", kReceive: "receive", kThreatAt: "threatat", kRefusal: "refusal", kAgentive: "agentive", kPrep: "",
	kCease:       "cease",
	kProtester:   "protester",
	kDriver:      "driver",
	kOnStrike:    "onstrike",
	kLeaders:     "leaders",
	kStrikeOn:    "strikeon",
	kDwelling:    "dwelling",
	kOwnPoss:     "ownposs",
	kObjPlural:   "objplural",
	kEntry:       "entry",
	kGoal:        "goal",
	kTally:       "tally",
	kBreached:    "breached",
	kDeny:        "deny",
	kRejectVerb:  "rejectverb",
	kClaim:       "claim",
	kRuling:      "ruling",
	kCourt:       "court",
	kPredicative: "predicative",
	kWarning:     "warning",
	kSequel:      "sequel",
	kCollective:  "collective",
	kFronted:     "fronted",
	kGenitive:    "genitive",
	kAmong:       "among",
	kWish:        "wish",
	kAdverb:      "adverb",
	kPerfect:     "perfect",
	kPhase:       "phase",
	kSlogan:      "slogan",
	kDative:      "dative",
	kMember:      "member",
	kQuant:       "quant",
	kDenounce:    "denounce",
	kPossible:    "possible",
	kMission:     "mission",
	kIncur:       "incur",
	kToll:        "toll",
	kMishap:      "mishap",
	kFeeling:     "feeling",
	kUntil:       "until",
	kIrrealis:    "irrealis",
	kNeuter:      "neuter",
	kSpeaker:     "speaker",
	kPatient:     "patient",
	kObjPron:     "objpron",
	kWhoPron:     "whopron",
	kSomeone:     "someone",
	kArmed:       "armed",
	kPartitive:   "partitive",
	kAsMany:      "asmany",
	kTimeFront:   "timefront",
	kJoin:        "join",
	kSeatAt:      "seatat",
	kPhone:       "phone",
	kAbstract:    "abstract",
	kEnded:       "ended",
	kCalledOff:   "calledoff",
	kFear:        "fear",
	kEntitle:     "entitle",
	kUnder:       "under",
	kReflexInf:   "reflexinf",
	kParticle:    "particle",
	kNotOnly:     "notonly",
	kCancelled:   "cancelled",
	kPhrasal:     "phrasal",
	kPreventComp: "preventcomp",
	kViolent:     "violent",
	kOrder:       "order",
	kDegenerate:  "degenerate",
	kOwner:       "owner",
	kNaming:      "naming",
	kVow:         "vow",
	kRenewed:     "renewed",
	kSides:       "sides",
	kOccasion:    "occasion",
	kAttrib:      "attrib",
	kMeasure:     "measure",
	kNoState:     "nostate",
	kHope:        "hope",
	kPersonPron:  "personpron",
	kInOrder:     "inorder",
	kPartake:     "partake",
	kCommit:      "commit",
	kVenue:       "venue",
	kHeldAt:      "heldat",
	kSupposed:    "supposed",
	kWhenClause:  "whenclause",
	kCompl:       "complementiser",
	kTallyFrom:   "tallyfrom",
	kFrontier:    "frontier",
	kLetter:      "letter",
	kLetterTo:    "letterto",
	kLetterLink:  "letterlink",
	kWard:        "ward",
	kCasualty:    "casualty",
	kFaced:       "faced",
	kAnchor:      "anchor",
	kProposal:    "proposal",
	kDemanded:    "demanded",
	kReciprocal:  "reciprocal",
	kEach:        "each",
	kOther:       "other",
	kSwap:        "swap",
	kDistance:    "distance",
	kDeadline:    "deadline",
	kSameDay:     "sameday",
	kHabitual:    "habitual",
	kSidesAlone:  "sidesalone",
	kAnnounce:    "announce",
	kLaunchNoun:  "launchnoun",
	kOffence:     "offence",
	kWay:         "way",
	kPossRel:     "possrel",
	kHeading:     "heading",
	kOrigin:      "origin",
	kSuspect:     "suspect",
	kVessel:      "vessel",
	kTell:        "tell",
	kSuffer:      "suffer",
	kDeed:        "deed",
	kTaking:      "taking",
	kLaw:         "law",
	kAffected:    "affected",
	kStripped:    "stripped",
	kExpelled:    "expelled",
}

// kindOf returns the cueKind of a kind named in cues.tsv; false for a kind
// no rule reads (kept in the lexicon's cue lists only).
func kindOf(name string) (cueKind, bool) {
	if name == "" {
		return 0, false
	}
	for k, n := range kindNames {
		if n == name {
			return cueKind(k), true
		}
	}
	return 0, false
}

// kindSet is a set of cue kinds: one bit per kind, in as many words as
// the kinds need. The methods are small enough to inline; with a constant
// kind (the usual call) has and add reduce to one word's mask.
type kindSet [kindWords]uint64

// kindWords is how many uint64 words a kindSet holds.
const kindWords = 3

// has reports whether kind k is in s.
func (s *kindSet) has(k cueKind) bool { return s[k/64%kindWords]&(1<<(k%64)) != 0 }

// add puts kind k in s.
func (s *kindSet) add(k cueKind) { s[k/64%kindWords] |= 1 << (k % 64) }

// union adds the kinds of t to s.
func (s *kindSet) union(t *kindSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

// meets reports whether s and t share a kind.
func (s *kindSet) meets(t *kindSet) bool {
	for i := range s {
		if s[i]&t[i] != 0 {
			return true
		}
	}
	return false
}

// kinds returns the set of the kinds ks.
func kinds(ks ...cueKind) kindSet {
	var s kindSet
	for _, k := range ks {
		s.add(k)
	}
	return s
}

// A kindSet holds 64*kindWords kinds: more would wrap around onto other
// kinds' bits and silently mix cues, so the build fails instead (raise
// kindWords first).
var _ [64*kindWords - int(nKinds)]struct{}

// prepKinds are the kinds whose words are prepositions.
var prepKinds = []cueKind{kTgt, kSrc, kLoc, kAgent, kPersonal}

// functionBits are the kinds whose words are function words, never
// triggers.
var functionBits = kinds(kPrep, kDet, kCoord, kClause, kNegation)

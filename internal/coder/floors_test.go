package coder_test

// Figures reached so far; the tests fail below them. Raise them as the
// coder improves (the goals are in the issue: es_protest_cameo dyad-root
// F1 0.70 with at most 0.3 false events per gold event; examples 0.9).

// examplesFloor is the dyad-root F1 reached on examples/.
const examplesFloor = 0.945

// examplesPlaceFloor is the place accuracy reached on examples/ (the goal
// is 0.9).
const examplesPlaceFloor = 0.955

// proxyFloor is what examples/proxy/ reached: articles whose gold was written
// before any run, standing in for unseen news. At the start of session 12 it
// holds thirty-six (the twenty-eight of session 11 and the eight scored first
// as unseen: root 0.392, full 0.273, dates 0.967 on those eight); together
// they give root 0.734, full 0.544, dates 0.965.
// At the end of session 12 (after working from their failures): root 0.803, full 0.602, dates 0.972.
// Session 13 added the eight it scored first as unseen (71–78: root 0.493, full 0.267,
// dates 0.865); the forty-four give root 0.750, full 0.545, dates 0.960.
// At the end of session 13: root 0.774, full 0.563, dates 0.962.
// Session 14 added 79–86, scored first as unseen (root 0.494, full 0.352, dates 0.975);
// the fifty-two give root 0.733, full 0.530, dates 0.963.
// At the end of session 14: root 0.766, full 0.555, dates 0.963.
// Session 15 added 87–94, scored first as unseen (root 0.575, full 0.298, dates 0.913);
// the sixty give root 0.742, full 0.520, dates 0.958.
// Place accuracy on the sixty was 0.882 at the start of session 15's last wave.
// At the end of session 15: root 0.762, full 0.542, dates 0.959, places 0.902.
// Session 16 added 95–102, scored first as unseen (root 0.526, full 0.336, dates 0.946,
// places 0.462); the sixty-eight give root 0.731, full 0.514, dates 0.960, places 0.872.
// Session 16's full-level work (full16) brought full to 0.567 (root 0.757): floor 0.56.
// geo16 (Spanish compass names of regions, scene-setting locatives, launches from a
// place, the first word after a dateline's dash, 94's gold on PH-14) brought places to 0.914.
// At the end of session 16: root 0.760, full 0.568, dates 0.962, places 0.910.
// Session 17 added 103–110, scored first as unseen (root 0.548, full 0.331, dates 0.950,
// places 0.636); the seventy-six give root 0.740, full 0.546, dates 0.961, places 0.895.
// At the end of session 17: root 0.773, full 0.600, dates 0.966, places 0.906.
// Session 18 added 111–118, scored first as unseen (root 0.598, full 0.348, dates 0.855,
// places 0.667); the eighty-four give root 0.756, full 0.578, dates 0.957, places 0.879.
// At the end of session 18: root 0.785, full 0.594, dates 0.961, places 0.908.
// Session 19 added 119–126, scored first as unseen (root 0.524, full 0.308, dates 0.953,
// places 0.765); the ninety-two give root 0.763, full 0.570, dates 0.960, places 0.898.
// At the end of session 19: root 0.788, full 0.595, dates 0.964, places 0.912.
// Session 20 added 127–134, scored first as unseen (root 0.580, full 0.344, dates 0.897,
// places 0.769); the hundred give root 0.769, full 0.573, dates 0.960, places 0.900.
// At the end of session 20: root 0.798, full 0.619, dates 0.960, places 0.895.
var proxyFloor = struct{ root, full, date, place float64 }{root: 0.792, full: 0.612, date: 0.955, place: 0.895}

var floors = map[string]floor{
	"es_protest_cameo": {p: 0.697, r: 0.610, maxExtra: 0.265, full: 0.340},
	"es_fight_nyn":     {p: 0.522, r: 0.472, maxExtra: 0.43, full: 0.19},
	"gigaword_gsr":     {p: 0.70, r: 0.565, maxExtra: 0.23, full: 0.115},
	"unittest_records": {p: 0.085, r: 0.01, maxExtra: 0.115},
	"plover_gsr":       {p: 0.802, r: 0.568, maxExtra: 0.14},
}

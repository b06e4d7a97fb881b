package main

import "testing"

func testMatcher() matcher {
	return matcher{
		generic:   map[string]bool{"county": true, "province": true, "region": true, "oblast": true, "governorate": true},
		matchOnly: map[string]bool{"city": true, "de": true, "ciudad": true, "autonoma": true, "pradesh": true, "zupanija": true, "al": false},
	}
}

func TestNameTier(t *testing.T) {
	m := testMatcher()
	cases := []struct {
		a, b []string
		want int
	}{
		{[]string{"Kiambu"}, []string{"Kiambu"}, 1},
		{[]string{"Nairobi County"}, []string{"Nairobi City"}, 2},
		{[]string{"Taita Taveta"}, []string{"Taita/Taveta"}, 1},
		{[]string{"Hanoi"}, []string{"Hà Nội"}, 2},
		{[]string{"Amanat Alasimah"}, []string{"Amānat al ‘Āşimah"}, 2},
		{[]string{"Gandaki Pradesh"}, []string{"Gandaki"}, 2},
		{[]string{"Mexico City"}, []string{"Ciudad de México"}, 2},
		{[]string{"Buenos Aires F.D."}, []string{"Ciudad Autónoma de Buenos Aires"}, 2},
		{[]string{"Lima Province"}, []string{"Lima hatun llaqta"}, 3},
		{[]string{"Elegeyo-Marakwet"}, []string{"Elgeyo/Marakwet"}, 4},
		{[]string{"Zhytomyr Oblast"}, []string{"Zhytomyrska oblast"}, 4},
		{[]string{"Karlovac County"}, []string{"Karlovačka županija"}, 4},
		{[]string{"Southern Governorate"}, []string{"Northern Governorate"}, 0},
		{[]string{"Kilifi"}, []string{"Elgeyo/Marakwet"}, 0},
		{[]string{"Nairobi County"}, []string{"Kiambu"}, 0},
		{[]string{"Madhesh"}, []string{"Province 2"}, 0},
	}
	for _, c := range cases {
		if got := m.nameTier(c.a, c.b); got != c.want {
			t.Errorf("nameTier(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestAssignByName: a claim settles what it leaves ("Buenos Aires" takes
// the province, then "Buenos Aires F.D." the city), and a code that two
// sources match equally goes to neither.
func TestAssignByName(t *testing.T) {
	m := testMatcher()
	cases := []struct {
		name     string
		src, tgt map[string][]string
		want     map[string]string
	}{
		{"buenos aires",
			map[string][]string{"AR.01": {"Buenos Aires"}, "AR.07": {"Buenos Aires F.D."}},
			map[string][]string{"AR-B": {"Buenos Aires"}, "AR-C": {"Ciudad Autónoma de Buenos Aires"}},
			map[string]string{"AR.01": "AR-B", "AR.07": "AR-C"}},
		{"kenya",
			map[string][]string{"KE.05": {"Nairobi County"}, "KE.14": {"Elegeyo-Marakwet"}, "KE.23": {"Kilifi"}, "KE.22": {"Kiambu County"}},
			map[string][]string{"KE-30": {"Nairobi City"}, "KE-05": {"Elgeyo/Marakwet"}, "KE-14": {"Kilifi"}, "KE-13": {"Kiambu"}},
			map[string]string{"KE.05": "KE-30", "KE.14": "KE-05", "KE.23": "KE-14", "KE.22": "KE-13"}},
		{"tie",
			map[string][]string{"X.1": {"North"}, "X.2": {"North"}},
			map[string][]string{"X-N": {"North"}},
			map[string]string{}},
	}
	for _, c := range cases {
		done, claimed := map[string]string{}, map[string]string{}
		got := m.assignByName(c.src, c.tgt, done, claimed, 1, matchTiers)
		if len(got) != len(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v || done[k] != v || claimed[v] != k {
				t.Errorf("%s: %s -> %q (done %q), want %q", c.name, k, got[k], done[k], v)
			}
		}
	}
}

func TestCloseSpelling(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"elegeyo marakwet", "elgeyo marakwet", true},
		{"zhytomyr", "zhytomyrska", true},
		{"southern", "northern", false},
		{"mazovia", "mazovie", true},
		{"lima", "lina", false},
		{"saare", "saarde", true},
		{"jogeva", "jogevamaa", true},
	}
	for _, c := range cases {
		if got := closeSpelling(c.a, c.b); got != c.want {
			t.Errorf("closeSpelling(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

package doc

import "sort"

// OffsetMap maps byte offsets of a prepared text back to the text it was
// prepared from. It is built by appending pieces in order: runs copied
// unchanged and replacements (a raw range rewritten as other prepared
// bytes, possibly empty on either side).
type OffsetMap struct {
	segs []seg
	plen int // prepared length so far
	rlen int // raw length so far
}

// seg is one piece: prepared [P, P+PLen) came from raw [R, R+RLen).
// When Same is true the bytes are identical and offsets map one to one.
type seg struct {
	P, R, PLen, RLen int
	Same             bool
}

// Grow makes room for n more pieces (runs copied or replacements), so that
// a map whose size is known is built without copying.
func (m *OffsetMap) Grow(n int) {
	if n > cap(m.segs)-len(m.segs) {
		segs := make([]seg, len(m.segs), len(m.segs)+n)
		copy(segs, m.segs)
		m.segs = segs
	}
}

// Copy records n bytes copied unchanged.
func (m *OffsetMap) Copy(n int) {
	if n <= 0 {
		return
	}
	if k := len(m.segs); k > 0 && m.segs[k-1].Same {
		m.segs[k-1].PLen += n
		m.segs[k-1].RLen += n
	} else {
		m.segs = append(m.segs, seg{P: m.plen, R: m.rlen, PLen: n, RLen: n, Same: true})
	}
	m.plen += n
	m.rlen += n
}

// Replace records rawLen raw bytes rewritten as prepLen prepared bytes.
func (m *OffsetMap) Replace(rawLen, prepLen int) {
	if rawLen == 0 && prepLen == 0 {
		return
	}
	m.segs = append(m.segs, seg{P: m.plen, R: m.rlen, PLen: prepLen, RLen: rawLen})
	m.plen += prepLen
	m.rlen += rawLen
}

// Len returns the prepared and raw lengths covered so far.
func (m *OffsetMap) Len() (prepared, raw int) { return m.plen, m.rlen }

// find returns the index of the segment holding prepared offset p, preferring
// the one that starts at p when p is a boundary.
func (m *OffsetMap) find(p int) int {
	return sort.Search(len(m.segs), func(i int) bool { return m.segs[i].P+m.segs[i].PLen > p }) // first seg ending after p
}

// Start maps a prepared offset used as the start of a span.
func (m *OffsetMap) Start(p int) int {
	if m == nil {
		return p
	}
	i := m.find(p)
	if i == len(m.segs) {
		return m.rlen + (p - m.plen)
	}
	s := m.segs[i]
	if s.Same {
		return s.R + (p - s.P)
	}
	return s.R // inside a replacement: its raw start
}

// End maps a prepared offset used as the (exclusive) end of a span.
func (m *OffsetMap) End(p int) int {
	if m == nil {
		return p
	}
	// the segment holding byte p-1
	if p <= 0 {
		return m.Start(p)
	}
	i := m.find(p - 1)
	if i == len(m.segs) {
		return m.rlen + (p - m.plen)
	}
	s := m.segs[i]
	if s.Same {
		return s.R + (p - s.P)
	}
	return s.R + s.RLen // inside a replacement: its raw end
}

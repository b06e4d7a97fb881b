// Package data embeds atalaya's dictionaries and reference tables: plain,
// reviewable files, one folder per kind of knowledge and, inside, one folder
// per language (es, en) plus a shared one. Code never lists a country, a
// verb or a place: it reads them from here (or from a user's own files).
package data

import "embed"

// FS holds every embedded data file, addressed by paths such as
// "ontology/cameo_events.tsv" or "actors/es/agents.tsv".
//
//go:embed ontology actors places timex events text quantity
var FS embed.FS

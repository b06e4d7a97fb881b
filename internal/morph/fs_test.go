package morph

import (
	"io/fs"
	"testing/fstest"
)

type fstestMap map[string]string

func (m fstestMap) Open(name string) (fs.File, error) {
	f := fstest.MapFS{}
	for k, v := range m {
		f[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return f.Open(name)
}

// Package testutil holds helpers for tests that need things outside the
// repository: the ../shared folder (seed, peer suites) and local servers.
// Outside CI such tests skip with a message; under CI=true they fail, so CI
// cannot pass by skipping.
package testutil

import (
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// InCI reports whether the tests run under CI (CI=true).
func InCI() bool { return os.Getenv("CI") == "true" }

// RepoRoot returns the repository root (the folder holding go.mod).
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// SharedDir returns the path of ../shared beside the repository, or of
// $ATALAYA_SHARED when set. When it is absent the test is skipped, or
// failed under CI.
func SharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("ATALAYA_SHARED")
	if dir == "" {
		dir = filepath.Join(RepoRoot(), "..", "shared")
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		Absent(t, "the shared folder "+dir+" (seed and peer suites) is not there")
	}
	return dir
}

// SharedFile returns a file under the shared folder, skipping (or failing
// under CI) when it is absent.
func SharedFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(SharedDir(t), rel)
	if _, err := os.Stat(p); err != nil {
		Absent(t, p+" is not there")
	}
	return p
}

// Server checks that a TCP server listens at addr (such as
// "127.0.0.1:5432"), skipping (or failing under CI) when it does not.
func Server(t testing.TB, addr, what string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		Absent(t, what+" is not reachable at "+addr)
		return
	}
	c.Close()
}

// Absent skips the test with msg, or fails it under CI.
func Absent(t testing.TB, msg string) {
	t.Helper()
	if InCI() {
		t.Fatalf("%s (CI=true: tests that need it must run)", msg)
	}
	t.Skipf("skipped: %s (set CI=true to make this a failure)", msg)
}

package warta

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"
)

// sharedDir is the team's shared folder: $WARTA_SHARED_DIR, else
// <repo>/../shared (this package is <repo>/bindings/go).
func sharedDir() string {
	if d := os.Getenv("WARTA_SHARED_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared")
}

func readShared(t testing.TB, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(), rel))
	if err != nil {
		t.Skipf("SKIPPED: %s not available (%v)", rel, err)
	}
	return string(b)
}

func newCtx(t testing.TB) *Context {
	t.Helper()
	ctx, err := NewContext()
	if err != nil {
		t.Fatalf("NewContext: %v", err)
	}
	t.Cleanup(func() { ctx.Close() })
	return ctx
}

func TestSeedDateline(t *testing.T) {
	text := readShared(t, "seed/antara-sco-2023.txt")
	ctx := newCtx(t)
	a, err := ctx.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline == nil {
		t.Fatal("no dateline")
	}
	// the seed opens with `Beijing (ANTARA) - `
	if a.Dateline.Place != "Beijing" || a.Dateline.Agency != "ANTARA" {
		t.Errorf("dateline = %q / %q, want Beijing / ANTARA", a.Dateline.Place, a.Dateline.Agency)
	}
	if got := a.Dateline.Text(text); len(got) < len("Beijing") || got[:7] != "Beijing" {
		t.Errorf("dateline span covers %q", got)
	}
	// every span is inside the text and mentions match their offsets
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("mention %+v out of range", m)
			}
		}
	}
	// the struct tree carries the same data as the library's JSON
	js, err := ctx.ParseJSON(text, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	var viaJSON Article
	if err := json.Unmarshal([]byte(js), &viaJSON); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&viaJSON, a) {
		t.Error("Parse and ParseJSON disagree")
	}
}

func TestInvalidUTF8(t *testing.T) {
	ctx := newCtx(t)
	// "Jakarta “" is 8 + 3 bytes; then a lone continuation byte at 11
	text := "Jakarta \u201c\x80 kata"
	_, err := ctx.Parse(text, nil)
	var we *Error
	if !errors.As(err, &we) {
		t.Fatalf("want *Error, got %v", err)
	}
	if we.Code != CodeUTF8 || we.Offset != 11 || !errors.Is(err, ErrUTF8) {
		t.Errorf("got code %d offset %d (%v), want %d at 11", we.Code, we.Offset, err, CodeUTF8)
	}
	// lenient mode replaces the byte and warns
	a, err := ctx.Parse(text, &Options{Lenient: true})
	if err != nil {
		t.Fatalf("lenient: %v", err)
	}
	if len(a.Warnings) == 0 || a.Warnings[0].Offset != 11 {
		t.Errorf("lenient warnings = %+v, want one at byte 11", a.Warnings)
	}
	// NUL byte
	if _, err := ctx.Parse("ab\x00c", nil); !errors.Is(err, ErrNUL) || err.(*Error).Offset != 2 {
		t.Errorf("NUL: got %v", err)
	}
	// a bad reference instant
	if _, err := ctx.Parse("x", &Options{Reference: "kemarin"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad reference: got %v", err)
	}
	// too big
	if _, err := ctx.Parse("0123456789", &Options{MaxInput: 4}); !errors.Is(err, ErrTooBig) {
		t.Errorf("max input: got %v", err)
	}
}

// A basketball report (antara-0189): no list holds Kristaps Porzingis, so
// only the name guesser types him, and marks him as guessed.
func TestGuessNames(t *testing.T) {
	ctx, err := NewContext()
	if err != nil {
		t.Fatal(err)
	}
	defer ctx.Close()
	text := "Bintang baru Celtics, Kristaps Porzingis tampil di bawah performa dengan hanya " +
		"mencetak 9 poin. Sementara Jayson Tatum mencetak 29 poin untuk Celtics, Jaylen Brown " +
		"18 poin, Derrick White 16 poin, dan Luke Kornet 12 poin."
	find := func(a *Article) *Entity {
		for i := range a.Entities {
			if a.Entities[i].Name == "Kristaps Porzingis" {
				return &a.Entities[i]
			}
		}
		return nil
	}
	a, err := ctx.Parse(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e := find(a); e != nil {
		t.Errorf("without GuessNames: %+v", e)
	}
	a, err = ctx.Parse(text, &Options{GuessNames: true})
	if err != nil {
		t.Fatal(err)
	}
	e := find(a)
	if e == nil || e.Type != "person" || !e.Guessed {
		t.Errorf("with GuessNames: %+v, want a guessed person", e)
	}
	for _, o := range a.Entities {
		if o.Name == "Jaylen Brown" && o.Guessed {
			t.Errorf("a rule's person marked guessed: %+v", o)
		}
	}
}

func TestEmptyAndClosed(t *testing.T) {
	ctx, err := NewContext()
	if err != nil {
		t.Fatal(err)
	}
	a, err := ctx.Parse("", nil)
	if err != nil || a.Dateline != nil || len(a.Paragraphs) != 0 {
		t.Errorf("empty input: %+v %v", a, err)
	}
	ctx.Close()
	ctx.Close()
	if _, err := ctx.Parse("x", nil); err != ErrClosed {
		t.Errorf("parse after close: %v", err)
	}
}

func corpus(t testing.TB, n int) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", "articles", "*.txt"))
	if len(files) == 0 {
		t.Skip("SKIPPED: ../shared/corpus/articles not available")
	}
	sort.Strings(files)
	step := len(files) / n
	if step < 1 {
		step = 1
	}
	var texts []string
	for i := 0; i < len(files) && len(texts) < n; i += step {
		b, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

func TestConcurrentParse(t *testing.T) {
	texts := corpus(t, 48)
	ctx := newCtx(t)
	serial := make([]*Article, len(texts))
	for i, s := range texts {
		a, err := ctx.Parse(s, nil)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		serial[i] = a
	}
	const workers = 8
	got := make([][]*Article, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			res := make([]*Article, len(texts))
			for k := range texts {
				i := (k + w*5) % len(texts) // each goroutine in its own order
				a, err := ctx.Parse(texts[i], nil)
				if err != nil {
					t.Errorf("goroutine %d article %d: %v", w, i, err)
					return
				}
				res[i] = a
			}
			got[w] = res
		}(w)
	}
	wg.Wait()
	for w := range got {
		for i := range texts {
			if got[w] == nil || !reflect.DeepEqual(got[w][i], serial[i]) {
				t.Fatalf("goroutine %d article %d differs from the serial parse", w, i)
			}
		}
	}
}

func BenchmarkParse(b *testing.B) {
	texts := corpus(b, 200)
	ctx := newCtx(b)
	var n int64
	for _, s := range texts {
		n += int64(len(s))
	}
	b.SetBytes(n / int64(len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ctx.Parse(texts[i%len(texts)], nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCJSON(b *testing.B) {
	texts := corpus(b, 200)
	ctx := newCtx(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ctx.ParseJSON(texts[i%len(texts)], nil, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCOnly(b *testing.B) {
	texts := corpus(b, 200)
	ctx := newCtx(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := ctx.parseOnly(texts[i%len(texts)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOverhead interleaves, article by article, the C parse alone
// (warta_parse + free), the C parse + JSON, and Parse, so that changes in
// the machine's load hit all three alike, and reports Go's overhead over the
// C parse alone in percent.
func BenchmarkOverhead(b *testing.B) {
	texts := corpus(b, 200)
	ctx := newCtx(b)
	var tC, tJSON, tParse time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := texts[i%len(texts)]
		t0 := time.Now()
		if err := ctx.parseOnly(s); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := ctx.ParseJSON(s, nil, false); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if _, err := ctx.Parse(s, nil); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		tC += t1.Sub(t0)
		tJSON += t2.Sub(t1)
		tParse += t3.Sub(t2)
	}
	b.ReportMetric(float64(tC.Microseconds())/float64(b.N), "us-C/op")
	b.ReportMetric(100*float64(tJSON-tC)/float64(tC), "%json")
	b.ReportMetric(100*float64(tParse-tC)/float64(tC), "%overhead")
}

func TestUserGazetteer(t *testing.T) {
	gz := "# a place the compiled-in data lacks (the example of docs/DATA.md)\n" +
		"place\tSembalun\tiso2=ID\tprovince=ID-NB\ttz=Asia/Makassar\tsubkind=district\n"
	ctx, err := NewContextWith(&ContextOptions{UserGazetteerData: []byte(gz)})
	if err != nil {
		t.Fatal(err)
	}
	defer ctx.Close()
	a, err := ctx.Parse("Mataram (ANTARA) - Warga meninjau Sembalun pada Senin.\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range a.Entities {
		if e.Name == "Sembalun" {
			found = e.Type == "location" && e.Province == "ID-NB" && e.Timezone == "Asia/Makassar"
		}
	}
	if !found {
		t.Errorf("Sembalun not found as a location in ID-NB: %+v", a.Entities)
	}
	_, err = NewContextWith(&ContextOptions{UserGazetteerData: []byte("place\tSembalun\n\nbogus\tX\n")})
	var we *Error
	if !errors.As(err, &we) || we.Code != CodeData || we.Offset != 16 {
		t.Errorf("bad line: got %v, want CodeData at byte 16", err)
	}
	if _, err = NewContextWith(&ContextOptions{UserGazetteerPath: "/nonexistent/x.tsv"}); !errors.As(err, &we) || we.Code != CodeIO {
		t.Errorf("missing file: got %v", err)
	}
}

// BenchmarkParallelCOnly: the C parse alone from GOMAXPROCS goroutines on one
// shared context (go test -bench ParallelCOnly -cpu 1,2).
func BenchmarkParallelCOnly(b *testing.B) {
	texts := corpus(b, 200)
	ctx := newCtx(b)
	var next int64
	var mu sync.Mutex
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		mu.Lock()
		i := int(next)
		next += 37
		mu.Unlock()
		for pb.Next() {
			if err := ctx.parseOnly(texts[i%len(texts)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// Package warta turns raw Indonesian news text into structured metadata
// (dateline, time expressions, entities, related headlines, attribution).
// It wraps the C library libwarta through cgo; build it with pkg-config
// finding warta.pc (PKG_CONFIG_PATH) and libwarta.so.0 on the loader path.
//
// A Context holds the gazetteers. It is immutable after NewContext and safe
// for concurrent use by any number of goroutines:
//
//	ctx, err := warta.NewContext()
//	if err != nil { ... }
//	defer ctx.Close()
//	a, err := ctx.Parse(text, nil)
//	fmt.Println(a.Dateline.Place)
package warta

/*
#cgo pkg-config: warta
#include <stdlib.h>
#include <warta.h>
*/
import "C"

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"unsafe"
)

// Status codes of the C library (include/warta/common.h).
const (
	CodeInvalid = -1  // WARTA_EINVAL: an invalid argument (bad reference, ...)
	CodeNoMem   = -2  // WARTA_ENOMEM
	CodeUTF8    = -3  // WARTA_EUTF8: invalid UTF-8; Offset is the first bad byte
	CodeNUL     = -4  // WARTA_ENUL: a NUL byte at Offset
	CodeTooBig  = -5  // WARTA_ETOOBIG: input larger than Options.MaxInput
	CodeVersion = -6  // WARTA_EVERSION
	CodeIO      = -7  // WARTA_EIO: the user gazetteer could not be read
	CodeData    = -8  // WARTA_EDATA: a malformed gazetteer line at Offset
	CodeICU     = -9  // WARTA_EICU
	CodeRange   = -10 // WARTA_ERANGE
)

// Error is a failing warta call.
type Error struct {
	Code    int    // one of the Code* constants
	Name    string // English name of the code ("invalid UTF-8")
	Offset  int64  // byte offset into the input the error refers to, or -1
	Message string // the library's message
}

func (e *Error) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("warta: %s: %s (byte %d)", e.Name, e.Message, e.Offset)
	}
	return fmt.Sprintf("warta: %s: %s", e.Name, e.Message)
}

// Is reports whether target is an *Error with the same Code, so that
// errors.Is(err, warta.ErrUTF8) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrInvalid = &Error{Code: CodeInvalid, Offset: -1}
	ErrUTF8    = &Error{Code: CodeUTF8, Offset: -1}
	ErrNUL     = &Error{Code: CodeNUL, Offset: -1}
	ErrTooBig  = &Error{Code: CodeTooBig, Offset: -1}
	// ErrClosed is returned by Parse on a closed Context.
	ErrClosed = &Error{Code: CodeInvalid, Name: "invalid argument", Offset: -1,
		Message: "the context is closed"}
)

func newError(rc C.int, err *C.warta_error) *Error {
	return &Error{
		Code:    int(rc),
		Name:    C.GoString(C.warta_strerror(rc)),
		Offset:  int64(err.offset),
		Message: C.GoString(&err.message[0]),
	}
}

// Options are the parse options; the zero value (or nil) means defaults.
type Options struct {
	// Reference is the instant relative dates resolve against, ISO 8601
	// ("2023-05-05", "2023-05-05T12:00:00+08:00"; no zone means WIB).
	// Empty: the article's own published instant.
	Reference string
	// Lenient replaces invalid UTF-8 and NUL bytes by '?' (with a warning)
	// instead of failing.
	Lenient bool
	// MaxInput refuses larger inputs (bytes); 0 means 64 MiB.
	MaxInput int
	// GuessNames types the capitalised names no rule typed with the
	// learned model (WARTA_PARSE_GUESS_NAMES); such entities have Guessed.
	GuessNames bool
}

// Context holds the gazetteers. It is safe for concurrent use; Close frees
// it (a finalizer does so too when it is garbage collected unclosed).
type Context struct {
	mu  sync.RWMutex // parses hold it shared, Close exclusively
	ptr *C.warta_context
}

// ContextOptions add user gazetteer entries (TSV, see docs/DATA.md) to the
// compiled-in ones: from a file, from memory, or both.
type ContextOptions struct {
	UserGazetteerPath string
	UserGazetteerData []byte
}

// NewContext creates a context with the compiled-in gazetteers.
func NewContext() (*Context, error) { return NewContextWith(nil) }

// NewContextWith creates a context with the compiled-in gazetteers plus the
// user entries of opts (nil: none). A malformed user line gives an *Error
// with Code CodeData and the line's byte Offset.
func NewContextWith(opts *ContextOptions) (*Context, error) {
	var ptr *C.warta_context
	var cerr C.warta_error
	var co *C.warta_context_options
	var cco C.warta_context_options
	if opts != nil {
		cco.version = C.WARTA_CONTEXT_OPTIONS_VERSION
		if opts.UserGazetteerPath != "" {
			cco.user_gazetteer_path = C.CString(opts.UserGazetteerPath)
			defer C.free(unsafe.Pointer(cco.user_gazetteer_path))
		}
		if len(opts.UserGazetteerData) > 0 {
			// copied into C memory: the struct passed to C may not point to Go memory
			cco.user_gazetteer_data = (*C.char)(C.CBytes(opts.UserGazetteerData))
			cco.user_gazetteer_len = C.size_t(len(opts.UserGazetteerData))
			defer C.free(unsafe.Pointer(cco.user_gazetteer_data))
		}
		co = &cco
	}
	if rc := C.warta_context_new(co, &ptr, &cerr); rc != C.WARTA_OK {
		return nil, newError(rc, &cerr)
	}
	c := &Context{ptr: ptr}
	runtime.SetFinalizer(c, (*Context).Close)
	return c, nil
}

// Close frees the context. It waits for parses in flight; later parses
// return ErrClosed. Closing twice is harmless.
func (c *Context) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr != nil {
		C.warta_context_free(c.ptr)
		c.ptr = nil
		runtime.SetFinalizer(c, nil)
	}
	return nil
}

// Version is the version of the linked libwarta ("0.1.0").
func Version() string { return C.GoString(C.warta_version_string()) }

// parse runs warta_parse_json (warta_parse + warta_article_to_json) and
// hands the JSON (C memory, valid only during the call) to use.
func (c *Context) parse(text string, opts *Options, flags C.int, use func([]byte) error) error {
	var po *C.warta_parse_options
	var cpo C.warta_parse_options
	if opts != nil && (opts.Reference != "" || opts.Lenient || opts.MaxInput > 0 || opts.GuessNames) {
		cpo.version = C.WARTA_PARSE_OPTIONS_VERSION
		if opts.Reference != "" {
			cpo.reference = C.CString(opts.Reference)
			defer C.free(unsafe.Pointer(cpo.reference))
		}
		if opts.MaxInput > 0 {
			cpo.max_input = C.size_t(opts.MaxInput)
		}
		if opts.Lenient {
			cpo.flags |= C.WARTA_PARSE_LENIENT
		}
		if opts.GuessNames {
			cpo.flags |= C.WARTA_PARSE_GUESS_NAMES
		}
		po = &cpo
	}
	var cerr C.warta_error
	var out *C.char
	var n C.size_t
	c.mu.RLock()
	if c.ptr == nil {
		c.mu.RUnlock()
		return ErrClosed
	}
	// The text is passed without copying: it holds no Go pointers, and the
	// C side neither modifies nor retains it. One cgo call parses, writes
	// the JSON and frees the article.
	rc := C.warta_parse_json(c.ptr, (*C.char)(stringData(text)), C.size_t(len(text)), po, flags,
		&out, &n, &cerr)
	runtime.KeepAlive(text)
	c.mu.RUnlock()
	if rc != C.WARTA_OK {
		return newError(rc, &cerr)
	}
	defer C.warta_free(unsafe.Pointer(out))
	return use(unsafe.Slice((*byte)(unsafe.Pointer(out)), int(n)))
}

// Parse parses one article (UTF-8 text). opts may be nil.
func (c *Context) Parse(text string, opts *Options) (*Article, error) {
	a := new(Article)
	err := c.parse(text, opts, 0, func(js []byte) error {
		// json.Unmarshal copies what it keeps, so the C buffer may go after
		return json.Unmarshal(js, a)
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// ParseJSON returns the library's JSON for one article (one line, or
// indented when pretty), exactly as warta_article_to_json() writes it.
func (c *Context) ParseJSON(text string, opts *Options, pretty bool) (string, error) {
	var s string
	var flags C.int
	if pretty {
		flags = C.WARTA_JSON_PRETTY
	}
	err := c.parse(text, opts, flags, func(js []byte) error {
		s = string(js)
		return nil
	})
	return s, err
}

// parseOnly runs warta_parse + warta_article_free alone: the C cost, for
// the benchmarks.
func (c *Context) parseOnly(text string) error {
	var art *C.warta_article
	var cerr C.warta_error
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.ptr == nil {
		return ErrClosed
	}
	if rc := C.warta_parse(c.ptr, (*C.char)(stringData(text)), C.size_t(len(text)), nil, &art,
		&cerr); rc != C.WARTA_OK {
		return newError(rc, &cerr)
	}
	runtime.KeepAlive(text)
	C.warta_article_free(art)
	return nil
}

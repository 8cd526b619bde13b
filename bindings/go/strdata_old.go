//go:build !go1.20

package warta

import "unsafe"

// stringData is the address of s's bytes, without copying (nil when empty).
// Before Go 1.20 there is no unsafe.StringData; the first word of a string
// header is its data pointer (see reflect.StringHeader).
func stringData(s string) unsafe.Pointer {
	if len(s) == 0 {
		return nil
	}
	return *(*unsafe.Pointer)(unsafe.Pointer(&s))
}

//go:build go1.20

package warta

import "unsafe"

// stringData is the address of s's bytes, without copying (nil when empty).
func stringData(s string) unsafe.Pointer {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Pointer(unsafe.StringData(s))
}

module warta.dev/warta

go 1.19

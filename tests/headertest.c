/* The umbrella header must compile alone, pedantic, warnings as errors. */
#include <warta.h>

int warta_headertest(void);
int warta_headertest(void)
{
    warta_parse_options po = WARTA_PARSE_OPTIONS_INIT;
    warta_context_options co = WARTA_CONTEXT_OPTIONS_INIT;
    return (int)po.version + (int)co.version + WARTA_VERSION_CHECK(0, 1, 0);
}

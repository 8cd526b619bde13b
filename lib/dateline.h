/* dateline: `Beijing (ANTARA) -`, `JAKARTA, KOMPAS.com -`, `TEMPO.CO,
 * Jakarta -`, ... : where it is, its place and agency, and the place
 * resolved to country, province and time zone through the gazetteer. */
#ifndef WARTA_DATELINE_H
#define WARTA_DATELINE_H

#include "model.h"

/* Look for a dateline starting in s[start..end) (the first body text; a
 * glued pull-quote may come before it: `...dikontrolJakarta (ANTARA) -`).
 * On success returns 1 and fills dl (spans, place title-cased, agency and
 * source as written, strings in p->art->arena); returns 0 when there is
 * none; WARTA_ENOMEM on allocation failure. Only looks at a bounded prefix,
 * so it is O(1) in the size of the text. */
int wt_dateline_scan(wt_parse *p, size_t start, size_t end, wt_dateline *dl);

/* Resolve p->art->dateline.place through the gazetteer: country, province
 * (ISO 3166-2:ID) and IANA zone. WARTA_OK or WARTA_ENOMEM. */
int wt_dateline_resolve(wt_parse *p);

#endif

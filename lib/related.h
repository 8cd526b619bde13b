/* related: related headlines (`Baca juga:` items, `Berita Lainnya` blocks
 * with their stamps) and attribution (`Sumber:`, `Pewarta:`, `Editor:`,
 * `Penulis:`, `Reporter:`, `Penerjemah:`, `Pewarta foto:`, initials). */
#ifndef WARTA_RELATED_H
#define WARTA_RELATED_H

#include "model.h"

/* Read the READ_ALSO, RELATED and ATTRIBUTION blocks of p->art->blocks and
 * fill p->art->related (page order; titles trimmed, published instants
 * through wt_timex_stamp) and p->art->attribution. Also sets
 * p->art->published when the page prints the article's own stamp.
 * Entities of the headlines are filled later by the article module.
 * WARTA_OK or WARTA_ENOMEM. */
int wt_related_run(wt_parse *p);

#endif

/* segment: lines -> blocks.
 *
 * Cuts the text into blocks of enum warta_block_kind: the pull-quote or
 * caption glued before the dateline, the dateline, body paragraphs (also
 * recovered when a scraper flattened them into runs of spaces), `Baca juga`
 * items (also inline ones, which end where the headline ends), related
 * blocks (`Berita Lainnya` with headline and stamp lines), attribution
 * lines (`Sumber:`, `Pewarta:`, `Editor:`, initials) and boilerplate.
 * Uses dateline.h to locate the dateline. */
#ifndef WARTA_SEGMENT_H
#define WARTA_SEGMENT_H

#include "model.h"

/* Fill p->art->blocks (input order, non-overlapping; a READ_ALSO block's
 * label_end is where its title starts), p->art->paragraphs
 * (the PARAGRAPH blocks' spans) and p->art->dateline (span, place, agency,
 * source as written; resolution is wt_dateline_resolve's job).
 * Returns WARTA_OK or WARTA_ENOMEM. Linear in p->n. */
int wt_segment(wt_parse *p);

/* 1 when s[a..b) is a related-block header line (`Berita Lainnya`,
 * `Berita Terkait`, `Artikel Terkait`, optionally with a colon); shared
 * with the related module, which reads the blocks segment cut. */
int wt_segment_related_header(const char *s, size_t a, size_t b);

#endif

/* timex: Indonesian date and time expressions, resolved against a
 * reference instant with ICU's calendar (ucal) and time-zone data. */
#ifndef WARTA_TIMEX_H
#define WARTA_TIMEX_H

#include "model.h"

/* The time-expression keywords (month and day names, units, cue words) in
 * a hash table keyed by the tokens' fold hash: built once per context,
 * immutable, shared by all threads. */
typedef struct wt_timex_lexicon wt_timex_lexicon;
int wt_timex_lexicon_new(const wt_alloc *al, wt_timex_lexicon **out);
void wt_timex_lexicon_free(const wt_alloc *al, wt_timex_lexicon *lx);

/* Parse an ISO 8601 instant: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.fff]] with
 * Z or ±HH:MM (or ±HHMM); no zone means +07:00 (WIB).
 * WARTA_OK or WARTA_EINVAL. */
int wt_iso_parse(const char *s, size_t n, wt_instant *out);

/* A machine stamp as pages print it: wt_iso_parse()'s forms, and the
 * zone's name for the `T` (`2019-09-28WIB19:17:34+07:00`,
 * `2019-09-28WITA19:17`: no offset written means the zone's). At most 40
 * bytes. WARTA_OK or WARTA_EINVAL. */
int wt_machine_stamp_parse(const char *s, size_t n, wt_instant *out);

/* Format an instant as ISO 8601 in its own offset,
 * `2024-11-16T16:25:00+07:00` (date only when in->date_only) into the
 * arena. NULL on allocation failure. */
char *wt_iso_format(wt_arena *ar, const wt_instant *in);

/* A stand-alone stamp in s[start..end) such as `16 November 2024 16:25
 * WIB`, `Sabtu, 16 November 2024 16:25 WIB`, `2 jam lalu`, or a machine
 * stamp: returns 1 and sets *iso (arena string, ISO 8601 with offset, or a
 * date) when the whole range (trimmed) is one stamp, 0 when not, negative
 * on error. Relative stamps need p->ref. */
int wt_timex_stamp(wt_parse *p, size_t start, size_t end, const char **iso);

/* Find every time expression of the body (p->art->paragraphs with their
 * tokens p->para_tokens) and append them to p->art->times in text order,
 * resolved against p->ref when set. WARTA_OK, WARTA_ENOMEM or WARTA_EICU. */
int wt_timex_run(wt_parse *p);

#endif

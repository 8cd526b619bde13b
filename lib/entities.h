/* entities: people with titles and affiliations, countries, organisations
 * and places, from gazetteer matches plus context rules (titles,
 * appositions, speech verbs, acronym definitions, short-mention linking). */
#ifndef WARTA_ENTITIES_H
#define WARTA_ENTITIES_H

#include "model.h"

/* Recognise the entities of n spans of text (each with its tokens) taken
 * as one document (short mentions link across spans), appending unique
 * entities (warta_entity by value, mentions in text order) to *out in order
 * of first mention. Used for the body and for each related headline.
 * WARTA_OK or WARTA_ENOMEM. Linear in the number of tokens. */
int wt_entities_run(wt_parse *p, const wt_tokens *toks, size_t n, wt_vec *out);

#endif

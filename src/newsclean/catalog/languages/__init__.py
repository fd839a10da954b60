"""Language packs: the categories of the English rules, in six more languages.

A pack's codes carry its language in the hundreds digit: 3xx German, 4xx
French, 5xx Spanish, 6xx Italian, 7xx Portuguese, 8xx Dutch. Credits and
source lines share one structure across languages ("Foto: dpa", "Photo :
AFP") and live with the English rules, which list every language they read.
"""

from . import de, fr

PACKS = {"de": de.RULES, "fr": fr.RULES}

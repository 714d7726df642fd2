"""What the stages know about places and names: the country table (`countries`), the
offline place gazetteer (`places`, `cities`) and shared word classes (`words`).

The actor stage (`wirewatch.actors`) and the place stage (`wirewatch.where`) both read this
layer and never import each other.
"""

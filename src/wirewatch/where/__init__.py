"""Where: toponyms resolved with an offline gazetteer, and each event's location."""

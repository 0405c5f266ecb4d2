"""Events: the coded record (:mod:`.model`) and the trigger codebook (:mod:`.codebook`)."""

"""One router per resource; each is a thin layer over the library, extraction and service modules."""

# core/privacy: marketing consent, the privacy notice, anonymised exports, erasure on request.
# Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    privacy/Anonymizer.cpp privacy/Anonymizer.h
    privacy/Privacy.cpp privacy/Privacy.h
)

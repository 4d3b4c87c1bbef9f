# Tests of core/security (accounts, permissions, audit) and core/privacy (consent, notice,
# anonymised exports, erasure).
frontline_add_test(NAME tst_security SOURCES tst_security.cpp LABELS core security)
frontline_add_test(NAME tst_privacy SOURCES tst_privacy.cpp LABELS core security privacy)

# core/import: the import engine (mapping, cleaning, matching, batches, undo). Included from
# core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    import/CustomerImport.cpp
    import/FuzzyMatcher.cpp import/FuzzyMatcher.h
    import/ImportCleaner.cpp import/ImportCleaner.h
    import/ImportFolder.cpp import/ImportFolder.h
    import/ImportHistory.cpp import/ImportHistory.h
    import/ImportKind.cpp import/ImportKind.h
    import/ImportKinds.h
    import/ImportMapping.cpp import/ImportMapping.h
    import/ImportStore.cpp import/ImportStore.h
    import/ImportTypes.h
    import/Importer.cpp import/Importer.h
    import/OpportunityImport.cpp
    import/OrderImport.cpp
    import/OtherKinds.cpp
    import/PaymentImport.cpp
    import/SqlStatement.cpp import/SqlStatement.h
    import/TargetImport.cpp
)

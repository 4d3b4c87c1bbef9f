# core/settings: settings shared by the whole team (company name, …), kept in the database and
# synced. Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    settings/SharedSettings.cpp settings/SharedSettings.h
)

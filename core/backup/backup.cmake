# core/backup: online backups to encrypted files, rotation, schedule settings, verified restore.
# Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    backup/BackupEvent.cpp backup/BackupEvent.h
    backup/BackupFile.cpp backup/BackupFile.h
    backup/BackupRestore.cpp backup/BackupRestore.h
    backup/BackupRotation.cpp backup/BackupRotation.h
    backup/BackupScheduler.cpp backup/BackupScheduler.h
    backup/BackupWriter.cpp backup/BackupWriter.h
)

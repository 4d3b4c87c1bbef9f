# frontline-cli's training and development commands (training, plan). Included from
# app/cli/CMakeLists.txt.
target_sources(frontline-cli PRIVATE
    commands/TrainingCommands.cpp commands/TrainingCommands.h
)

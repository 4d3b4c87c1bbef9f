# frontline-cli's performance commands (target, evaluate, evaluation, rank, honour). Included
# from app/cli/CMakeLists.txt.
target_sources(frontline-cli PRIVATE
    commands/PerformanceCommands.cpp commands/PerformanceCommands.h
)

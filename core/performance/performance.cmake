# core/performance: targets (set, split), KPI scorecards, evaluations with frozen snapshots,
# rankings and honours. Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    performance/Evaluations.cpp performance/Evaluations.h
    performance/Honours.cpp performance/Honours.h
    performance/OrgTree.cpp performance/OrgTree.h
    performance/Rankings.cpp performance/Rankings.h
    performance/Scorecards.cpp performance/Scorecards.h
    performance/Scoring.cpp performance/Scoring.h
    performance/TargetPlanner.cpp performance/TargetPlanner.h
)

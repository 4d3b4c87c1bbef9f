# core/analytics: the metrics engine, rollups, targets and report models. Included from
# core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    analytics/Metric.cpp analytics/Metric.h
    analytics/MetricsEngine.cpp analytics/MetricsEngine.h
    analytics/Period.cpp analytics/Period.h
    analytics/PipelineState.h
    analytics/ReportTable.cpp analytics/ReportTable.h
    analytics/Reports.cpp analytics/Reports.h
    analytics/Rollups.cpp analytics/Rollups.h
    analytics/Targets.cpp analytics/Targets.h
)

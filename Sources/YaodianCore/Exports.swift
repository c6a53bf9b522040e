// A library user imports YaodianCore and sees every stage's public API.
@_exported import YaodianText
@_exported import YaodianModel
@_exported import YaodianIngest
@_exported import YaodianClean
@_exported import YaodianMetadata
@_exported import YaodianSegment
@_exported import YaodianExtract
@_exported import YaodianAudit
@_exported import YaodianEmit
@_exported import YaodianReport

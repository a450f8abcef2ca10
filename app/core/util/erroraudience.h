#pragma once

// Who reads an error sentence. The core knows what went wrong; each face names the settings
// the user can change in its own words: the command line by its flags and environment
// variables ("--ttnv2.handler-address"), the wizard by its fields ("Handler address").
enum class ErrorAudience { CommandLine, Wizard };

// run_process.h — for the reliability tests: runs a program with a time
// bound (killed with SIGKILL when it is exceeded), standard input from a
// file or from a generator writing into a pipe, standard output and error
// to files, and reports exit status, wall time and peak memory.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace entente::reliability {

struct ProcessResult {
  int status = -1;          // exit code, 128 + signal, or -1 if it could not start
  bool timed_out = false;   // killed because it ran past the bound
  double seconds = 0;       // wall time
  long max_rss_kb = 0;      // peak resident memory of the child
  std::string out, err;     // what it wrote (out only if no out_path was given)
};

struct ProcessSpec {
  std::vector<std::string> argv;       // argv[0] is the program path
  std::string stdin_path;              // "" = /dev/null (unless `feed` is set)
  // When set, called on a thread with a writable pipe fd that is the
  // child's standard input; the fd is closed after it returns.
  std::function<void(int fd)> feed;
  std::string out_path;                // where stdout goes ("" = captured into out)
  std::string err_path;                // required: where stderr goes
  double timeout_seconds = 60;
};

ProcessResult RunProcess(const ProcessSpec& spec);

// Starts a program in the background (stdout/stderr to files); returns its
// pid or -1. Used to kill `entente ingest` and to run `entente serve`.
int StartProcess(const std::vector<std::string>& argv, const std::string& out_path,
                 const std::string& err_path);
// Waits up to `timeout_seconds` for pid; returns its status as RunProcess
// does, or -1 (after killing it) on time-out.
int WaitProcess(int pid, double timeout_seconds);

// Writes all of `data` to fd (retrying short writes); false on error.
bool WriteAll(int fd, const std::string& data);
std::string ReadFile(const std::string& path);

// The built `entente` binary.
std::string EntenteBinary();

// `docs` JSON Lines documents with distinct ids ("<prefix>-N"), dates and
// texts, most holding an event; `second_sentence` adds a second sentence
// with another event (for the crash and scale-out tests' corpora).
std::string SyntheticCorpus(int docs, const std::string& prefix, bool second_sentence);

}  // namespace entente::reliability

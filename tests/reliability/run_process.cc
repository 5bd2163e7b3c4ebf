// run_process.cc — see run_process.h.
#include <cstdio>
#include "run_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

extern char** environ;

namespace entente::reliability {

namespace {

using Clock = std::chrono::steady_clock;

int DecodeStatus(int wstatus) {
  return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
}

int Spawn(const std::vector<std::string>& args, int stdin_fd, const std::string& in_path,
          const std::string& out_path, const std::string& err_path) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (stdin_fd >= 0) {
    posix_spawn_file_actions_adddup2(&fa, stdin_fd, 0);
  } else {
    posix_spawn_file_actions_addopen(&fa, 0, in_path.empty() ? "/dev/null" : in_path.c_str(),
                                     O_RDONLY, 0);
  }
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  return rc == 0 ? pid : -1;
}

// Waits for pid until `deadline`; kills it past the deadline.
int WaitUntil(int pid, Clock::time_point deadline, bool* timed_out, long* max_rss_kb) {
  int wstatus = 0;
  struct rusage ru {};
  for (;;) {
    pid_t r = wait4(pid, &wstatus, WNOHANG, &ru);
    if (r == pid) break;
    if (r < 0) return -1;
    if (Clock::now() > deadline) {
      kill(pid, SIGKILL);
      wait4(pid, &wstatus, 0, &ru);
      if (timed_out) *timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (max_rss_kb) *max_rss_kb = ru.ru_maxrss;
  return DecodeStatus(wstatus);
}

}  // namespace

bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string EntenteBinary() { return std::string(ENTENTE_BINARY_DIR) + "/entente"; }

ProcessResult RunProcess(const ProcessSpec& spec) {
  ProcessResult res;
  std::string out_path = spec.out_path.empty() ? spec.err_path + ".out" : spec.out_path;
  int fds[2] = {-1, -1};
  if (spec.feed && ::pipe2(fds, O_CLOEXEC) != 0) return res;
  auto start = Clock::now();
  int pid = Spawn(spec.argv, fds[0], spec.stdin_path, out_path, spec.err_path);
  if (fds[0] >= 0) ::close(fds[0]);
  if (pid < 0) {
    if (fds[1] >= 0) ::close(fds[1]);
    return res;
  }
  std::thread feeder;
  if (spec.feed) {
    // A child that dies early must not kill the test with SIGPIPE.
    signal(SIGPIPE, SIG_IGN);
    feeder = std::thread([&spec, fd = fds[1]] {
      spec.feed(fd);
      ::close(fd);
    });
  }
  auto deadline = start + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(spec.timeout_seconds));
  res.status = WaitUntil(pid, deadline, &res.timed_out, &res.max_rss_kb);
  if (feeder.joinable()) feeder.join();
  res.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  res.err = ReadFile(spec.err_path);
  if (spec.out_path.empty()) res.out = ReadFile(out_path);
  return res;
}

int StartProcess(const std::vector<std::string>& argv, const std::string& out_path,
                 const std::string& err_path) {
  return Spawn(argv, -1, "", out_path, err_path);
}

int WaitProcess(int pid, double timeout_seconds) {
  auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                     std::chrono::duration<double>(timeout_seconds));
  bool timed_out = false;
  int s = WaitUntil(pid, deadline, &timed_out, nullptr);
  return timed_out ? -1 : s;
}

namespace {
const char* kCountries[] = {"France", "Germany", "Russia", "Ukraine", "China",
                            "Japan",  "Kenya",   "Brazil", "India",   "Turkey"};
const char* kVerbs[] = {"condemned", "praised", "met", "accused", "threatened", "thanked"};
}  // namespace

std::string SyntheticCorpus(int docs, const std::string& prefix, bool second_sentence) {
  std::string out;
  for (int i = 0; i < docs; ++i) {
    char line[640];
    std::snprintf(line, sizeof line,
                  "{\"id\":\"%s-%d\",\"date\":\"2024-%02d-%02d\",\"text\":\"%s %s %s on "
                  "Tuesday, officials said in report number %d.",
                  prefix.c_str(), i, 1 + i % 12, 1 + i % 28, kCountries[i % 10], kVerbs[i % 6],
                  kCountries[(i / 10 + 1 + i) % 10], i);
    out += line;
    if (second_sentence) {
      std::snprintf(line, sizeof line, " The president of %s criticized %s.", kCountries[(i + 3) % 10],
                    kCountries[(i + 5) % 10]);
      out += line;
    }
    out += "\"}\n";
  }
  return out;
}

}  // namespace entente::reliability

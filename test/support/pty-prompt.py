# Run the CLI with stdin and stderr on a pseudo-terminal and stdout on a pipe (as `cmd > out.txt` in
# a terminal), answer the password prompt, and print {"stdout": ..., "tty": ..., "code": ...} as JSON.
#   python3 pty-prompt.py ANSWER node bin/smtp-doctor.js check ...
import json, os, pty, select, subprocess, sys, time

answer, argv = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()
p = subprocess.Popen(argv, stdin=slave, stderr=slave, stdout=subprocess.PIPE, close_fds=True)
os.close(slave)
tty, answered, deadline = b'', False, time.time() + 15
while time.time() < deadline and p.poll() is None:
    r, _, _ = select.select([master], [], [], 0.1)
    if master in r:
        try:
            tty += os.read(master, 4096)
        except OSError:
            break
    if not answered and b'Password for' in tty:
        time.sleep(0.2)
        os.write(master, answer.encode() + b'\r')
        answered = True
if p.poll() is None:
    p.kill()  # never prompted on the terminal: the old bug (the prompt went to stdout)
out = p.stdout.read().decode()
code = p.wait(timeout=20)
print(json.dumps({'stdout': out, 'tty': tty.decode(errors='replace'), 'code': code}))

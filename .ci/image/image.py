#!/usr/bin/env python3
"""The CI side of the container image (docs/DEPLOYMENT.md, "The container image").

  base OUT.tar ROOTFS.tar JRE_DIR   wrap a Debian rootfs and a jlinked JRE as a `docker save`
                                    archive, the form Jib reads with `tar://` (no registry here)
  inspect IMAGE.tar                 assert what the Jib-built image promises: entrypoint, non-root
                                    user, exposed port, the app jar in a layer
  run IMAGE.tar WORKDIR             unpack its layers and start its entrypoint in a chroot, as its
                                    user, with its environment; pass when /health answers 200

Only the standard library: CI machines have python3 but not always jq or skopeo.
"""
import gzip
import hashlib
import io
import json
import os
import signal
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request

JRE_HOME = "usr/lib/jvm/notes-mcp-jre"
NONROOT = 65532  # the uid and gid distroless calls nonroot, so both bases run the app the same way
EXPECTED_PORT = "10000"  # SettingsLoader.DEFAULT_PORT, also Render's default PORT
EXPECTED_MAIN = "dev.notesmcp.bootstrap.Main"


def fail(message):
    print("image: " + message, file=sys.stderr)
    sys.exit(1)


# --- base ---------------------------------------------------------------------------------------

def rootfs_layer(rootfs_tar):
    """The rootfs minus device nodes: a runtime mounts its own /dev, and images never ship them."""
    out = io.BytesIO()
    with tarfile.open(rootfs_tar) as src, tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as dst:
        for member in src:
            name = member.name.lstrip("./")
            if member.ischr() or member.isblk() or member.isfifo():
                continue
            if name.startswith("dev/") and name != "dev/":
                continue
            dst.addfile(member, src.extractfile(member) if member.isfile() else None)
    return out.getvalue()


def jre_layer(jre_dir):
    """The jlinked runtime at /usr/lib/jvm/notes-mcp-jre, java on /usr/bin like Debian and distroless,
    and a nonroot user and group (65532, as in distroless) so the JVM finds a name and home for it."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as dst:
        def owned(info, uid=0):
            info.uid = info.gid = uid
            info.uname = info.gname = ""
            info.mtime = 0
            return info
        dst.add(jre_dir, arcname=JRE_HOME, filter=owned)
        link = tarfile.TarInfo("usr/bin/java")
        link.type = tarfile.SYMTYPE
        link.linkname = "/" + JRE_HOME + "/bin/java"
        dst.addfile(owned(link))
        for path, text in (("etc/passwd", "root:x:0:0:root:/root:/sbin/nologin\n"
                                          f"nonroot:x:{NONROOT}:{NONROOT}:nonroot:/home/nonroot:/sbin/nologin\n"),
                           ("etc/group", f"root:x:0:\nnonroot:x:{NONROOT}:\n")):
            data = text.encode()
            info = owned(tarfile.TarInfo(path))
            info.size = len(data)
            info.mode = 0o644
            dst.addfile(info, io.BytesIO(data))
        home = owned(tarfile.TarInfo("home/nonroot"), NONROOT)
        home.type = tarfile.DIRTYPE
        home.mode = 0o700
        dst.addfile(home)
    return out.getvalue()


def base(out_tar, rootfs_tar, jre_dir):
    layers = [rootfs_layer(rootfs_tar), jre_layer(jre_dir)]
    digests = [hashlib.sha256(layer).hexdigest() for layer in layers]
    config = json.dumps({
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "JAVA_HOME=/" + JRE_HOME],
            "User": f"{NONROOT}:{NONROOT}",
            "WorkingDir": "/",
        },
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for d in digests]},
        "history": [{"created_by": "mmdebstrap --variant=extract (.ci/image/build-base)"},
                    {"created_by": "jlink from the CI JDK (.ci/image/build-base)"}],
    }).encode()
    config_name = hashlib.sha256(config).hexdigest() + ".json"
    manifest = json.dumps([{"Config": config_name, "RepoTags": ["notes-mcp-ci-base:local"],
                            "Layers": [d + "/layer.tar" for d in digests]}]).encode()
    with tarfile.open(out_tar, "w") as dst:
        for name, data in [(config_name, config), ("manifest.json", manifest)] + \
                          [(d + "/layer.tar", layer) for d, layer in zip(digests, layers)]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))
    print(f"image: base {out_tar}: {len(layers)} layers, {sum(map(len, layers)) // 1_000_000} MB")


# --- reading an image tar (OCI layout or docker save) ---------------------------------------------

class ImageTar:
    def __init__(self, path):
        self.tar = tarfile.open(path)
        self.names = set(self.tar.getnames())
        if "index.json" in self.names:
            index = self.json("index.json")
            manifest = self.json(self.blob(index["manifests"][0]["digest"]))
            self.config = self.json(self.blob(manifest["config"]["digest"]))
            self.layers = [self.blob(layer["digest"]) for layer in manifest["layers"]]
        elif "manifest.json" in self.names:
            manifest = self.json("manifest.json")[0]
            self.config = self.json(manifest["Config"])
            self.layers = manifest["Layers"]
        else:
            fail(f"{path} is neither an OCI layout nor a docker save archive")

    @staticmethod
    def blob(digest):
        return "blobs/" + digest.replace(":", "/", 1)

    def json(self, name):
        return json.load(self.tar.extractfile(name))

    def layer(self, name):
        data = self.tar.extractfile(name).read()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        return tarfile.open(fileobj=io.BytesIO(data))


def inspect(image_tar):
    image = ImageTar(image_tar)
    config = image.config.get("config", {})
    entrypoint = config.get("Entrypoint") or []
    user = config.get("User", "")
    ports = list((config.get("ExposedPorts") or {}).keys())
    labels = config.get("Labels") or {}
    print(f"image: entrypoint {entrypoint}")
    print(f"image: user {user!r}, ports {ports}, labels {sorted(labels)}")
    problems = []
    if not entrypoint or os.path.basename(entrypoint[0]) != "java" or EXPECTED_MAIN not in entrypoint:
        problems.append(f"entrypoint should be java … {EXPECTED_MAIN}")
    uid, _, gid = user.partition(":")
    if not (uid.isdigit() and gid.isdigit() and int(uid) != 0 and int(gid) != 0):
        problems.append(f"user should be a numeric non-root uid:gid (got {user!r})")
    if ports != [EXPECTED_PORT + "/tcp"]:
        problems.append(f"exposed ports should be {EXPECTED_PORT}/tcp (got {ports})")
    for label in ("org.opencontainers.image.title", "org.opencontainers.image.version"):
        if label not in labels:
            problems.append(f"label {label} missing")
    files = {}
    for name in image.layers:
        for member in image.layer(name):
            files[member.name.lstrip("./")] = member
    app_jar = [n for n in files if n.startswith("app/") and n.endswith("/notes-mcp.jar")]
    if not app_jar:
        problems.append("no layer holds the app jar (app/**/notes-mcp.jar)")
    if not any(n.startswith("app/libs/helidon-webserver-") for n in files):
        problems.append("no layer holds the app's libraries (app/libs/helidon-webserver-*.jar)")
    if "usr/bin/java" not in files:
        problems.append("the base holds no /usr/bin/java")
    if problems:
        fail("; ".join(problems))
    print(f"image: {image_tar} is fine: {len(image.layers)} layers, app jar at /{app_jar[0]}")


# --- running it -----------------------------------------------------------------------------------

def unpack(image, rootfs):
    shutil.rmtree(rootfs, ignore_errors=True)
    os.makedirs(rootfs)
    for name in image.layers:
        layer = image.layer(name)
        for member in layer:
            base_name = os.path.basename(member.name)
            if base_name.startswith(".wh."):  # a whiteout: the layer deletes what lower ones had
                target = os.path.join(rootfs, os.path.dirname(member.name), base_name[4:])
                shutil.rmtree(target, ignore_errors=True) if os.path.isdir(target) else \
                    (os.path.lexists(target) and os.remove(target))
                continue
            target = os.path.join(rootfs, member.name)
            if os.path.lexists(target) and not (member.isdir() and os.path.isdir(target)):
                os.remove(target) if not os.path.isdir(target) or os.path.islink(target) else shutil.rmtree(target)
            layer.extract(member, rootfs, set_attrs=True, numeric_owner=True, filter="fully_trusted") \
                if sys.version_info >= (3, 12) else layer.extract(member, rootfs, numeric_owner=True)


def free_port():
    for port in range(20000 + os.getpid() % 5000, 32000):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    fail("no free port below 32000")


def run(image_tar, workdir):
    image = ImageTar(image_tar)
    config = image.config["config"]
    rootfs = os.path.abspath(os.path.join(workdir, "rootfs"))
    unpack(image, rootfs)
    port = free_port()
    env = dict(e.split("=", 1) for e in config.get("Env", []))
    # What an orchestrator adds: the port it routes to. With no identity provider configured the
    # server picks the dev login, which binds loopback only: the host's loopback, since a chroot
    # shares the network.
    env["PORT"] = str(port)
    command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
    user = config["User"]
    shell = ('set -e; mount --make-rprivate /; mount -t proc proc "$0/proc"; mount --rbind /dev "$0/dev"; '
             'exec chroot --userspec="$USERSPEC" "$0" "$@"')
    log_path = os.path.abspath(os.path.join(workdir, "server.log"))
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            ["unshare", "--mount", "--pid", "--fork", "--kill-child", "sh", "-c", shell, rootfs] + command,
            env={**env, "USERSPEC": user}, stdout=log, stderr=subprocess.STDOUT, cwd="/",
            start_new_session=True)
    try:
        status = None
        for _ in range(120):
            if process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    status = response.status
                    body = response.read(2000).decode(errors="replace")
                break
            except OSError:
                time.sleep(0.5)
        if status != 200:
            with open(log_path, errors="replace") as f:
                print(f.read()[-4000:], file=sys.stderr)
            fail(f"the image's entrypoint did not answer /health with 200 on port {port}")
        print(f"image: {' '.join(command[:1])} … started in a chroot as {user}; /health: {status} {body.strip()[:200]}")
    finally:
        # The whole process group: chroot --userspec clears the parent-death signal that --kill-child
        # sets, so stopping unshare alone would leave the server running after CI.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


if __name__ == "__main__":
    commands = {"base": (base, 3), "inspect": (inspect, 1), "run": (run, 2)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) - 2 != commands[sys.argv[1]][1]:
        fail("usage: image.py base OUT.tar ROOTFS.tar JRE_DIR | inspect IMAGE.tar | run IMAGE.tar WORKDIR")
    commands[sys.argv[1]][0](*sys.argv[2:])

// Go net/smtp probe for the client-stack error matrix (test/stacks): standard library only, settings from SMTP_* env.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"log"
	"net"
	"net/smtp"
	"os"
	"strconv"
	"strings"
	"time"
)

func tlsConfig(host string) (*tls.Config, error) {
	cfg := &tls.Config{ServerName: host}
	if ca := os.Getenv("SMTP_CA_FILE"); ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			return nil, err
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		cfg.RootCAs = pool
	}
	return cfg, nil
}

func message() []byte {
	body := "Hello from the smtp-doctor matrix.\r\n"
	if size, _ := strconv.Atoi(os.Getenv("SMTP_BODY_BYTES")); size > len(body) {
		body += strings.Repeat(strings.Repeat("x", 76)+"\r\n", (size-len(body))/78+1)
	}
	return []byte("From: " + os.Getenv("SMTP_FROM") + "\r\nTo: " + os.Getenv("SMTP_TO") +
		"\r\nSubject: smtp-doctor matrix probe\r\n\r\n" + body)
}

func send() error {
	host, port := os.Getenv("SMTP_HOST"), os.Getenv("SMTP_PORT")
	secs, err := strconv.ParseFloat(os.Getenv("SMTP_TIMEOUT"), 64)
	if err != nil {
		secs = 10
	}
	timeout := time.Duration(secs * float64(time.Second))
	addr := net.JoinHostPort(host, port)
	cfg, err := tlsConfig(host)
	if err != nil {
		return err
	}
	var conn net.Conn
	dialer := &net.Dialer{Timeout: timeout}
	if os.Getenv("SMTP_SECURITY") == "tls" {
		conn, err = tls.DialWithDialer(dialer, "tcp", addr, cfg)
	} else {
		conn, err = dialer.Dial("tcp", addr)
	}
	if err != nil {
		return err
	}
	// net/smtp has no timeouts of its own: a deadline for the whole conversation is the usual way.
	conn.SetDeadline(time.Now().Add(timeout))
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	if helo := os.Getenv("SMTP_HELO"); helo != "" {
		if err := c.Hello(helo); err != nil {
			return err
		}
	}
	if os.Getenv("SMTP_SECURITY") == "starttls" {
		if err := c.StartTLS(cfg); err != nil {
			return err
		}
	}
	if user := os.Getenv("SMTP_USER"); user != "" {
		if err := c.Auth(smtp.PlainAuth("", user, os.Getenv("SMTP_PASS"), host)); err != nil {
			return err
		}
	}
	if err := c.Mail(os.Getenv("SMTP_FROM")); err != nil {
		return err
	}
	if err := c.Rcpt(os.Getenv("SMTP_TO")); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(message()); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	if err := send(); err != nil {
		log.Print(err)
		os.Exit(1)
	}
	fmt.Println("OK")
}

package io.voicecampaign.adapter.http.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares on an endpoint method of a Retrofit interface when its call may be sent again. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Repeats {

  /** The endpoint's repeat rule. */
  Repeat value();
}

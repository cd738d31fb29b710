/**
 * The same extraction on Apache Spark, for archives one machine cannot get through in time: {@link
 * org.humfig.spark.SparkExtract} plans the inputs (files and folders on any Hadoop file system) as
 * partitions in input order, each task reads its partition with the library's readers, runs it
 * through the one {@link org.humfig.Humfig} its executor builds, and writes one part file; the
 * driver adds up the parts' counts and validation findings. Built into {@code humfig-spark.jar} by
 * {@code mvn -Pspark package}.
 */
package org.humfig.spark;
